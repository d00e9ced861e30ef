package io.qhybrid.pipelines.portfolio;

import io.qhybrid.encode.PortfolioEncoder;
import io.qhybrid.model.PortfolioProblem;
import io.qhybrid.pipelines.EncodedSubproblem;
import io.qhybrid.pipelines.SubproblemKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Encodes a sector row of {@link PortfolioPrep#candidates} ({@code assets}, {@code covariance})
 * as an exactly-k portfolio QUBO: k is the configured count, capped at the sector's assets.
 */
final class PortfolioKind implements SubproblemKind {
    private static final long serialVersionUID = 1L;

    private final int k;
    private final double riskAversion;

    PortfolioKind(int k, double riskAversion) {
        this.k = k;
        this.riskAversion = riskAversion;
    }

    @Override
    public String kind() {
        return "sector";
    }

    @Override
    public EncodedSubproblem encode(Row candidate) {
        List<Row> assets = candidate.getList(candidate.fieldIndex("assets"));
        List<Row> entries = candidate.getList(candidate.fieldIndex("covariance"));
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        double[] mu = new double[assets.size()];
        for (Row a : assets) {
            index.put(a.getString(0), ids.size());
            mu[ids.size()] = a.getDouble(1);
            ids.add(a.getString(0));
        }
        double[][] sigma = new double[ids.size()][ids.size()];
        for (Row e : entries) {
            Integer i = index.get(e.getString(0));
            Integer j = index.get(e.getString(1));
            if (i != null && j != null) {
                sigma[i][j] = e.isNullAt(2) ? Double.NaN : e.getDouble(2);
            }
        }
        PortfolioProblem problem = PortfolioProblem.of(ids, mu, sigma); // refuses NaN, infinities, asymmetry
        PortfolioEncoder encoder = new PortfolioEncoder(Math.min(k, ids.size()), riskAversion);
        StringBuilder text = new StringBuilder("{\"assets\":[");
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append('"');
        }
        text.append("],\"mu\":").append(java.util.Arrays.toString(mu)).append(",\"sigma\":[");
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : ",").append(java.util.Arrays.toString(sigma[i]));
        }
        text.append("],\"k\":").append(encoder.k()).append(",\"risk_aversion\":").append(riskAversion).append('}');
        return new PortfolioSubproblem(problem, encoder, text.toString());
    }

    @Override
    public EncodedSubproblem decode(String modelText) {
        try {
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(modelText);
            List<String> ids = new ArrayList<>();
            json.get("assets").forEach(a -> ids.add(a.asText()));
            double[] mu = new double[ids.size()];
            double[][] sigma = new double[ids.size()][ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                mu[i] = json.get("mu").get(i).asDouble();
                for (int j = 0; j < ids.size(); j++) {
                    sigma[i][j] = json.get("sigma").get(i).get(j).asDouble();
                }
            }
            PortfolioEncoder encoder = new PortfolioEncoder(json.get("k").asInt(), json.get("risk_aversion").asDouble());
            return new PortfolioSubproblem(PortfolioProblem.of(ids, mu, sigma), encoder, modelText);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("portfolio model text is not the JSON encode wrote: " + e.getMessage(), e);
        }
    }
}
