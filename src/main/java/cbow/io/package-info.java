/** Files written whole or not at all: a temporary file renamed over the target. */
package cbow.io;
