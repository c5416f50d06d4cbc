/**
 * Optimizers of the exact model (plain gradient descent, Adagrad, Adam) as element-wise updates of
 * parameter arrays; the network holds their moments and calls them block by block.
 */
package cbow.optim;
