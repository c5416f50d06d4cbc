/** A team of worker threads that runs a job over fixed chunks, so results do not depend on the thread count. */
package cbow.parallel;
