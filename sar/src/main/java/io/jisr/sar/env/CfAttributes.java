package io.jisr.sar.env;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jisr.sar.SarInputException;

/** Reading CF attributes and numbers whatever type the file stores them in. */
final class CfAttributes {
    private CfAttributes() {}

    static String text(Node node, String name) {
        Attribute a = node.getAttributes().get(name);
        if (a == null) {
            return null;
        }
        Object data = a.getData();
        if (data instanceof String s) {
            return s.strip();
        }
        if (data instanceof String[] array && array.length > 0) {
            return String.join("", array).strip();
        }
        return null;
    }

    static double number(Node node, String name, double otherwise) {
        Attribute a = node.getAttributes().get(name);
        if (a == null) {
            return otherwise;
        }
        Object data = a.getData();
        if (data instanceof Number n) {
            return n.doubleValue();
        }
        if (data != null && data.getClass().isArray() && java.lang.reflect.Array.getLength(data) > 0) {
            Object first = java.lang.reflect.Array.get(data, 0);
            if (first instanceof Number n) {
                return n.doubleValue();
            }
        }
        return otherwise;
    }

    static double[] oneDimensional(Dataset d, String source) {
        int[] shape = d.getDimensions();
        if (shape.length != 1) {
            throw new SarInputException(source + ": axis " + d.getName() + " must be one-dimensional (a regular"
                    + " latitude–longitude grid), has shape " + java.util.Arrays.toString(shape));
        }
        double[] values = numbers(d.getDataFlat(), source, d.getName());
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new SarInputException(source + ": axis " + d.getName() + " has a missing or infinite value");
            }
        }
        return values;
    }

    static double regularStep(double[] values, String var, String source) {
        if (values.length < 2) {
            throw new SarInputException(source + ": axis " + var + " has " + values.length
                    + " value(s); a grid needs at least 2 to interpolate");
        }
        double step = (values[values.length - 1] - values[0]) / (values.length - 1);
        if (step == 0) {
            throw new SarInputException(source + ": axis " + var + " does not change");
        }
        for (int i = 1; i < values.length; i++) {
            double expected = values[0] + i * step;
            if (Math.abs(values[i] - expected) > 1e-3 * Math.abs(step)) {
                throw new SarInputException(String.format(
                        java.util.Locale.ROOT,
                        "%s: axis %s is not regular: value %d is %.6f, a regular step of %.6f gives %.6f",
                        source,
                        var,
                        i,
                        values[i],
                        step,
                        expected));
            }
        }
        return step;
    }

    static double[] numbers(Object flat, String source, String var) {
        if (flat instanceof double[] d) {
            return d;
        }
        double[] out;
        if (flat instanceof float[] f) {
            out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
        } else if (flat instanceof int[] a) {
            out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else if (flat instanceof short[] a) {
            out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else if (flat instanceof long[] a) {
            out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else if (flat instanceof byte[] a) {
            out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else {
            throw new SarInputException(source + ": variable " + var + " is not numeric ("
                    + (flat == null ? "no data" : flat.getClass().getSimpleName()) + ")");
        }
        return out;
    }

    static void requireVelocityUnits(Dataset d, String source) {
        String units = text(d, "units");
        if (units == null) {
            throw new SarInputException(source + ": variable " + d.getName() + " has no units; expected m s-1");
        }
        if (!isMetresPerSecond(units)) {
            throw new SarInputException(source + ": variable " + d.getName() + " is in \"" + units
                    + "\"; expected metres per second (m s-1, m/s)");
        }
    }

    static boolean isMetresPerSecond(String units) {
        String u = units.toLowerCase(java.util.Locale.ROOT)
                .replace("**", "")
                .replace("^", "")
                .replace("metres", "m")
                .replace("meters", "m")
                .replace("metre", "m")
                .replace("meter", "m")
                .replace("seconds", "s")
                .replace("second", "s")
                .replace("sec", "s")
                .replace(" per ", "/")
                .replace(".", " ")
                .replaceAll("\\s+", "");
        return u.equals("ms-1") || u.equals("m/s");
    }
}
