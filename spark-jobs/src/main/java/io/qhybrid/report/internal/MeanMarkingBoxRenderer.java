package io.qhybrid.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;

/**
 * Vertical box-and-whisker items with the mean drawn as a diamond in the series colour. The stock
 * renderer draws the mean black, so a group whose results are all equal (a flat box) shows no
 * colour and its tier cannot be told from the legend.
 */
final class MeanMarkingBoxRenderer extends BoxAndWhiskerRenderer {
    private static final long serialVersionUID = 1L;
    private static final double MAX_RADIUS = 7;

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        Number mean = ((BoxAndWhiskerCategoryDataset) dataset).getMeanValue(row, column);
        if (mean == null || plot.getOrientation() != PlotOrientation.VERTICAL || !getItemVisible(row, column)) {
            return;
        }
        double x = boxStart(state, dataArea, plot, domainAxis, row, column) + state.getBarWidth() / 2;
        double y = rangeAxis.valueToJava2D(mean.doubleValue(), dataArea, plot.getRangeAxisEdge());
        double radius = Math.min(MAX_RADIUS, state.getBarWidth() / 3);
        Shape diamond = ShapeUtils.createTranslatedShape(ShapeUtils.createDiamond((float) radius), x, y);
        g2.setPaint(getItemPaint(row, column));
        g2.fill(diamond);
        g2.setPaint(Color.BLACK);
        g2.setStroke(getItemOutlineStroke(row, column));
        g2.draw(diamond);
    }

    /** The left edge of a box, placed as {@code BoxAndWhiskerRenderer.drawVerticalItem} places it. */
    private double boxStart(CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, int row, int column) {
        double start = domainAxis.getCategoryStart(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
        double end = domainAxis.getCategoryEnd(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
        int series = getRowCount();
        if (series > 1) {
            double gap = dataArea.getWidth() * getItemMargin() / (getColumnCount() * (series - 1));
            double used = state.getBarWidth() * series + gap * (series - 1);
            return start + (end - start - used) / 2 + row * (state.getBarWidth() + gap);
        }
        return start + (end - start - state.getBarWidth()) / 2;
    }
}
