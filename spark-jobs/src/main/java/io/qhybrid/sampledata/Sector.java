package io.qhybrid.sampledata;

import java.util.List;

/** The sectors of the sample equity universe: a short code (the {@code sector} column) and a name. */
public record Sector(String code, String name, String companyWord) {
    /** The ten sectors, in the order assets are dealt to them. */
    public static final List<Sector> ALL = List.of(
            new Sector("TECH", "Information Technology", "Systems"),
            new Sector("HLTH", "Health Care", "Therapeutics"),
            new Sector("FINL", "Financials", "Capital"),
            new Sector("ENRG", "Energy", "Energy"),
            new Sector("INDU", "Industrials", "Industries"),
            new Sector("CDIS", "Consumer Discretionary", "Brands"),
            new Sector("CSTP", "Consumer Staples", "Foods"),
            new Sector("UTIL", "Utilities", "Power"),
            new Sector("MATR", "Materials", "Materials"),
            new Sector("COMM", "Communication Services", "Media"));
}
