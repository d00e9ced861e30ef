package io.qhybrid.chem;

/** A point or displacement in three dimensions, in bohr. */
public record Vec3(double x, double y, double z) {
    public static final Vec3 ORIGIN = new Vec3(0, 0, 0);

    public Vec3 minus(Vec3 other) {
        return new Vec3(x - other.x, y - other.y, z - other.z);
    }

    public double squaredDistance(Vec3 other) {
        Vec3 d = minus(other);
        return d.x * d.x + d.y * d.y + d.z * d.z;
    }

    /** {@code (a * this + b * other) / (a + b)}: the Gaussian product centre. */
    public Vec3 weightedMean(double a, Vec3 other, double b) {
        double s = a + b;
        return new Vec3((a * x + b * other.x) / s, (a * y + b * other.y) / s, (a * z + b * other.z) / s);
    }
}
