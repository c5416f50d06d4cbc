/**
 * Dense float kernels (dot, axpy, the matrix products of the exact network), on the JDK's Vector API
 * where it is present ({@code --add-modules jdk.incubator.vector}) and on scalar loops otherwise.
 */
package cbow.dense;
