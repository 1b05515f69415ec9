// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import nl.verwijsindex.youth.Bsn;

/**
 * Who is who in the stand-in BRP's fixture ({@code standalone/brp-fixture.json}; docs/stand-in-brp.md), for
 * tests. {@code StandInBrpTest} checks these against the fixture.
 */
public final class StandInPersons {

    // Jansen family, Amersfoort (GM0307): two full siblings and their parents
    public static final Bsn MARK_JANSEN = new Bsn("999904577");
    public static final Bsn LINDA_DE_BOER = new Bsn("999905673");
    public static final Bsn NOAH_JANSEN = new Bsn("999907931");
    public static final Bsn EMMA_JANSEN = new Bsn("999908881");
    /** Half-sibling of Noah and Emma (mother Linda), in Baarn (GM0308); his father lives in Belgium. */
    public static final Bsn LUCAS_BAKKER = new Bsn("999913104");

    public static final Bsn RUBEN_BAKKER = new Bsn("999916415");
    // Kaya family, split over Leiden (GM0546) and Leiderdorp (GM0547)
    public static final Bsn YUSUF_KAYA = new Bsn("999923778");
    public static final Bsn AYSE_DEMIR = new Bsn("999924163");
    public static final Bsn EMIR_KAYA = new Bsn("999933735");
    public static final Bsn ELIF_KAYA = new Bsn("999934065");
    /** Secret address (indicatie geheim 7), Soest (GM0342), with her mother Anouk. */
    public static final Bsn SOPHIE_DE_WIT = new Bsn("999937911");

    public static final Bsn ANOUK_DE_WIT = new Bsn("999936542");
    // Three youths at care home De Horst, Amersfoort
    public static final Bsn MILAN_SMIT = new Bsn("999944423");
    public static final Bsn YARA_PETERS = new Bsn("999950046");
    public static final Bsn JESSE_MULDER = new Bsn("999950678");
    /** Died on 3 November 2025, Katwijk (GM0537); his mother Karin. */
    public static final Bsn THIJS_VERMEULEN = new Bsn("999955536");

    public static final Bsn KARIN_VERMEULEN = new Bsn("999956681");
    /** Born 15 January 2004: turns 23 on 15 January 2027. Leiden. */
    public static final Bsn IRIS_VAN_LEEUWEN = new Bsn("999957922");
    /** The youth who moves (to {@link #HENDRIKS_LEIDEN}); his mother Mirjam. Amersfoort. */
    public static final Bsn FINN_HENDRIKS = new Bsn("999959669");

    public static final Bsn MIRJAM_HENDRIKS = new Bsn("999962012");
    // Bos: twins Daan and Julia in Katwijk, and another Daan Bos of the same day in Amersfoort
    public static final Bsn PETER_BOS = new Bsn("999978846");
    public static final Bsn DAAN_BOS_KATWIJK = new Bsn("999962863");
    public static final Bsn JULIA_BOS = new Bsn("999963077");
    public static final Bsn EVA_BOS = new Bsn("999982606");
    public static final Bsn DAAN_BOS_AMERSFOORT = new Bsn("999981869");

    /** Address keys for {@code StandInBrp.move}, and the BAG ids the register gives for them. */
    public static final String HENDRIKS_LEIDEN = "hendriks-leiden";

    public static final String HENDRIKS_LEIDEN_ID = "0546010000083514";
    public static final String DE_HORST_ID = "0307010000298040";
    public static final String JANSEN_AMERSFOORT_ID = "0307010000104512";

    private StandInPersons() {}
}
