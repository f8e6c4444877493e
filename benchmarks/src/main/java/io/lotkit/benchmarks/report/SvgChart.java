package io.lotkit.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * Draws a horizontal bar chart of JMH results as SVG: one block per benchmark group, one bar per implementation,
 * each bar's length relative to the best score of its group (so a longer bar is always better), Lotkit's bars in
 * one colour and the baselines and peers in another.
 */
final class SvgChart {

    private static final int WIDTH = 900;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final int GROUP_TITLE = 22;

    private SvgChart() {
    }

    static String render(ResultTable table) {
        StringBuilder body = new StringBuilder();
        int y = 10;
        int barSpace = WIDTH - LABEL_WIDTH - 140;
        for (Map.Entry<String, List<JmhRun>> group : table.groups().entrySet()) {
            body.append(text(10, y + 15, group.getKey(), "font-weight:bold"));
            y += GROUP_TITLE;
            double best = 0;
            for (JmhRun run : group.getValue()) {
                best = Math.max(best, goodness(run));
            }
            for (JmhRun run : group.getValue()) {
                double fraction = best > 0 ? goodness(run) / best : 0;
                int length = Math.max(1, (int) Math.round(fraction * barSpace));
                String colour = run.impl().equals("lotkit") ? "#2b7bb9" : "#b0b0b0";
                body.append(text(20, y + 13, run.impl(), ""));
                body.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                        .append("\" width=\"").append(length).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\" fill=\"").append(colour).append("\"/>\n");
                body.append(text(LABEL_WIDTH + length + 6, y + 13,
                        ResultTable.format(run.score()) + " " + run.unit(), ""));
                y += BAR_HEIGHT + GAP;
            }
            y += GAP;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + (y + 10)
                + "\" font-family=\"sans-serif\" font-size=\"12\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
    }

    /** Larger is better for every mode: throughput as is, time per operation inverted. */
    private static double goodness(JmhRun run) {
        if (!(run.score() > 0)) {
            return 0;
        }
        return run.higherIsBetter() ? run.score() : 1 / run.score();
    }

    private static String text(int x, int y, String content, String style) {
        return "<text x=\"" + x + "\" y=\"" + y + "\"" + (style.isEmpty() ? "" : " style=\"" + style + "\"") + ">"
                + escape(content) + "</text>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
