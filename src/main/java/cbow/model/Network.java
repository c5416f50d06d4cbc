package cbow.model;

import cbow.data.Batch;
import org.ejml.data.FMatrixRMaj;

/**
 * The seed's CBOW network: forward, backward and gradient descent over a {@link Batch}, as in
 * DESIGN.md. It owns its work matrices, sized for the largest batch once, so a training step
 * allocates nothing.
 *
 * <pre>
 *   Z1 = W1 X + b1,  H = ReLU(Z1),  Z2 = W2 H + b2,  Yhat = softmax(Z2),  J = -(1/m) sum Y log Yhat
 *   dZ2 = Yhat - Y,  dW2 = dZ2 H^T / m,  db2 = dZ2 1^T / m
 *   dZ1 = (W2^T dZ2) * step(Z1),  dW1 = dZ1 X^T / m,  db1 = dZ1 1^T / m
 * </pre>
 */
public final class Network {
    private final Parameters parameters;
    private final FMatrixRMaj z1;    // N x m
    private final FMatrixRMaj h;     // N x m
    private final FMatrixRMaj probs; // V x m: Yhat after forward, dZ2 after backward
    private final FMatrixRMaj dH;    // N x m: W2^T dZ2, then dZ1 in place
    private int forwardBatchSize = -1;

    public Network(Parameters parameters, int maxBatchSize) {
        this.parameters = parameters;
        int n = parameters.dim();
        int vocab = parameters.vocabularySize();
        z1 = new FMatrixRMaj(n, maxBatchSize);
        h = new FMatrixRMaj(n, maxBatchSize);
        probs = new FMatrixRMaj(vocab, maxBatchSize);
        dH = new FMatrixRMaj(n, maxBatchSize);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Runs the forward pass and returns the batch cost J (the mean cross-entropy). */
    public double forward(Batch batch) {
        int m = batch.size();
        if (m == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        z1.reshape(parameters.dim(), m, false);
        h.reshape(parameters.dim(), m, false);
        probs.reshape(parameters.vocabularySize(), m, false);
        dH.reshape(parameters.dim(), m, false);
        HiddenLayer.forward(parameters, batch, z1, h);
        double loss = SoftmaxOutput.forward(parameters, h, batch, probs) / m;
        forwardBatchSize = m;
        return loss;
    }

    /** H[k, j] of the last forward pass (for tests and inspection). */
    float hidden(int k, int j) {
        return h.get(k, j);
    }

    /** Yhat[i, j] of the last forward pass, valid until {@link #backward} (for tests and inspection). */
    float probability(int i, int j) {
        if (forwardBatchSize < 0) {
            throw new IllegalStateException("no forward pass to read");
        }
        return probs.get(i, j);
    }

    /** Backpropagates the batch just run forward: afterwards dZ2 and dZ1 are ready. */
    public void backward(Batch batch) {
        if (forwardBatchSize != batch.size()) {
            throw new IllegalStateException("backward without a forward pass over this batch");
        }
        SoftmaxOutput.backward(parameters, batch, probs, dH);
        HiddenLayer.backward(z1, dH);
        forwardBatchSize = -1; // probs and dH now hold gradients
    }

    /** Writes the dense gradients dW1, db1, dW2, db2 of the batch just backpropagated into {@code out}. */
    public void gradients(Batch batch, Parameters out) {
        for (FMatrixRMaj g : out.all()) {
            g.zero();
        }
        float scale = 1f / batch.size();
        SoftmaxOutput.accumulate(probs, h, scale, out.w2, out.b2);
        HiddenLayer.scatter(dH, batch, scale, out.w1, out.b1);
    }

    /** One step of gradient descent with the gradients of the batch just backpropagated. */
    public void descend(Batch batch, float alpha) {
        float scale = -alpha / batch.size();
        SoftmaxOutput.accumulate(probs, h, scale, parameters.w2, parameters.b2);
        HiddenLayer.scatter(dH, batch, scale, parameters.w1, parameters.b1);
    }

    /** Forward, backward and descent on one batch; returns the batch cost before the step. */
    public double trainStep(Batch batch, float alpha) {
        double loss = forward(batch);
        backward(batch);
        descend(batch, alpha);
        return loss;
    }
}
