package cbow.model;

/**
 * The seed network written the slow, obvious way, for tests: double precision, a dense V x m input
 * matrix X built from one-hot vectors, and plain loops for every product. It shares no code with
 * {@link ExactNetwork}, so agreement between the two is evidence, not tautology.
 */
final class DenseReference {
    final int v;
    final int n;
    final double[][] w1; // N x V
    final double[] b1;   // N
    final double[][] w2; // V x N
    final double[] b2;   // V

    DenseReference(Parameters p) {
        v = p.vocabularySize();
        n = p.dim();
        w1 = new double[n][v];
        b1 = new double[n];
        w2 = new double[v][n];
        b2 = new double[v];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < v; i++) {
                w1[k][i] = p.w1.get(k, i);
                w2[i][k] = p.w2.get(i, k);
            }
            b1[k] = p.b1.get(k, 0);
        }
        for (int i = 0; i < v; i++) {
            b2[i] = p.b2.get(i, 0);
        }
    }

    /** X: column j is the mean of the one-hot vectors of contexts[j]. */
    double[][] inputMatrix(int[][] contexts) {
        int m = contexts.length;
        double[][] x = new double[v][m];
        for (int j = 0; j < m; j++) {
            for (int c : contexts[j]) {
                x[c][j] += 1.0 / contexts[j].length;
            }
        }
        return x;
    }

    /** Everything the forward pass computes, for comparison. */
    static final class Forward {
        double[][] z1;
        double[][] h;
        double[][] yhat;
        double cost;
    }

    Forward forward(int[][] contexts, int[] centers) {
        int m = centers.length;
        double[][] x = inputMatrix(contexts);
        Forward f = new Forward();
        f.z1 = new double[n][m];
        f.h = new double[n][m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                double s = b1[k];
                for (int i = 0; i < v; i++) {
                    s += w1[k][i] * x[i][j];
                }
                f.z1[k][j] = s;
                f.h[k][j] = Math.max(0, s);
            }
        }
        double[][] z2 = new double[v][m];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < m; j++) {
                double s = b2[i];
                for (int k = 0; k < n; k++) {
                    s += w2[i][k] * f.h[k][j];
                }
                z2[i][j] = s;
            }
        }
        f.yhat = new double[v][m];
        double cost = 0;
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < v; i++) {
                max = Math.max(max, z2[i][j]);
            }
            double sum = 0;
            for (int i = 0; i < v; i++) {
                sum += Math.exp(z2[i][j] - max);
            }
            for (int i = 0; i < v; i++) {
                f.yhat[i][j] = Math.exp(z2[i][j] - max) / sum;
            }
            cost -= Math.log(f.yhat[centers[j]][j]);
        }
        f.cost = cost / m;
        return f;
    }

    double cost(int[][] contexts, int[] centers) {
        return forward(contexts, centers).cost;
    }

    /** Gradients in the layout of the parameters: [dW1 (N x V), db1 (N), dW2 (V x N), db2 (V)]. */
    static final class Grad {
        double[][] w1;
        double[] b1;
        double[][] w2;
        double[] b2;
    }

    Grad gradients(int[][] contexts, int[] centers) {
        int m = centers.length;
        double[][] x = inputMatrix(contexts);
        Forward f = forward(contexts, centers);
        double[][] dz2 = new double[v][m];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < m; j++) {
                dz2[i][j] = f.yhat[i][j] - (centers[j] == i ? 1 : 0);
            }
        }
        Grad g = new Grad();
        g.w2 = new double[v][n];
        g.b2 = new double[v];
        for (int i = 0; i < v; i++) {
            for (int k = 0; k < n; k++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += dz2[i][j] * f.h[k][j];
                }
                g.w2[i][k] = s / m;
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += dz2[i][j];
            }
            g.b2[i] = s / m;
        }
        double[][] dz1 = new double[n][m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int i = 0; i < v; i++) {
                    s += w2[i][k] * dz2[i][j];
                }
                dz1[k][j] = f.z1[k][j] > 0 ? s : 0;
            }
        }
        g.w1 = new double[n][v];
        g.b1 = new double[n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < v; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += dz1[k][j] * x[i][j];
                }
                g.w1[k][i] = s / m;
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += dz1[k][j];
            }
            g.b1[k] = s / m;
        }
        return g;
    }
}
