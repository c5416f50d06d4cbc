package cbow.model;

/** Which vectors of a trained network become the embeddings. */
public enum WordVectors {
    /** Column i of W1: what the word contributes as context. */
    INPUT,
    /** Row i of W2: how the word is predicted as a center. */
    OUTPUT,
    /** (W1^T + W2) / 2, the seed's embeddings. */
    AVERAGE
}
