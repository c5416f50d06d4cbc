package cbow.model;

import cbow.data.Batch;

/**
 * The seed's step written the slow, obvious way, in double precision, straight from DESIGN.md: a dense
 * V x m input X (the average of the context one-hots), plain triple loops, softmax column by column.
 * The fast {@link ExactNetwork} must agree with it to float tolerance.
 */
final class ReferenceNetwork {
    final int vocab;
    final int n;
    final double[][] w1; // N x V
    final double[] b1;   // N
    final double[][] w2; // V x N
    final double[] b2;   // V
    // gradients of the last step
    double[][] dW1;
    double[] db1;
    double[][] dW2;
    double[] db2;

    ReferenceNetwork(Parameters p) {
        vocab = p.vocabularySize();
        n = p.dim();
        w1 = new double[n][vocab];
        b1 = new double[n];
        w2 = new double[vocab][n];
        b2 = new double[vocab];
        for (int k = 0; k < n; k++) {
            b1[k] = p.b1.get(k, 0);
            for (int i = 0; i < vocab; i++) {
                w1[k][i] = p.w1.get(k, i);
                w2[i][k] = p.w2.get(i, k);
            }
        }
        for (int i = 0; i < vocab; i++) {
            b2[i] = p.b2.get(i, 0);
        }
    }

    /** Forward and backward on the batch; keeps the gradients and returns the cost J. */
    double computeGradients(Batch batch) {
        int m = batch.size();
        double[][] x = new double[vocab][m];
        double[][] y = new double[vocab][m];
        for (int j = 0; j < m; j++) {
            int contextSize = batch.contextEnd(j) - batch.contextStart(j);
            for (int c = batch.contextStart(j); c < batch.contextEnd(j); c++) {
                x[batch.contextId(c)][j] += 1.0 / contextSize;
            }
            y[batch.center(j)][j] = 1;
        }
        double[][] z1 = new double[n][m];
        double[][] h = new double[n][m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                double s = b1[k];
                for (int i = 0; i < vocab; i++) {
                    s += w1[k][i] * x[i][j];
                }
                z1[k][j] = s;
                h[k][j] = Math.max(0, s);
            }
        }
        double[][] yhat = new double[vocab][m];
        double cost = 0;
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] z2 = new double[vocab];
            for (int i = 0; i < vocab; i++) {
                double s = b2[i];
                for (int k = 0; k < n; k++) {
                    s += w2[i][k] * h[k][j];
                }
                z2[i] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int i = 0; i < vocab; i++) {
                sum += Math.exp(z2[i] - max);
            }
            for (int i = 0; i < vocab; i++) {
                yhat[i][j] = Math.exp(z2[i] - max) / sum;
                if (y[i][j] == 1) {
                    cost -= Math.log(yhat[i][j]);
                }
            }
        }
        cost /= m;
        double[][] dZ2 = new double[vocab][m];
        for (int i = 0; i < vocab; i++) {
            for (int j = 0; j < m; j++) {
                dZ2[i][j] = yhat[i][j] - y[i][j];
            }
        }
        dW2 = new double[vocab][n];
        db2 = new double[vocab];
        for (int i = 0; i < vocab; i++) {
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < n; k++) {
                    dW2[i][k] += dZ2[i][j] * h[k][j] / m;
                }
                db2[i] += dZ2[i][j] / m;
            }
        }
        double[][] dZ1 = new double[n][m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int i = 0; i < vocab; i++) {
                    s += w2[i][k] * dZ2[i][j];
                }
                dZ1[k][j] = z1[k][j] > 0 ? s : 0;
            }
        }
        dW1 = new double[n][vocab];
        db1 = new double[n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < vocab; i++) {
                    dW1[k][i] += dZ1[k][j] * x[i][j] / m;
                }
                db1[k] += dZ1[k][j] / m;
            }
        }
        return cost;
    }

    /** One step of gradient descent; returns the cost before it. */
    double trainStep(Batch batch, double alpha) {
        double cost = computeGradients(batch);
        for (int k = 0; k < n; k++) {
            b1[k] -= alpha * db1[k];
            for (int i = 0; i < vocab; i++) {
                w1[k][i] -= alpha * dW1[k][i];
            }
        }
        for (int i = 0; i < vocab; i++) {
            b2[i] -= alpha * db2[i];
            for (int k = 0; k < n; k++) {
                w2[i][k] -= alpha * dW2[i][k];
            }
        }
        return cost;
    }
}
