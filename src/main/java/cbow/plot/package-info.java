/**
 * Charts of embeddings files: the loss history and 2-D word maps (PCA), written as PNG or SVG. Used by
 * {@code cbow plot}.
 */
package cbow.plot;
