/// The rules of each grant scheme in the reference data: kind, maximum per
/// application, rounds, what must be reported, recommending body, the rule
/// (guidelines) decisions rest on, and the weighted criteria. Keyed by the
/// scheme's name so an older database can be brought up to date.
public enum GrantReference {
    public struct Rules: Sendable {
        public var kind: SchemeKind
        public var maximum: Money?
        public var rounds: SchemeRounds
        public var reporting: String
        public var recommendedByIdrettsraadet: Bool
        public var rule: String
        public var maximumAwards: Int?
        public var criteria: [(nb: String, en: String, weight: Int)]
    }

    /// Drammen Idrettsråd's fixed id in the reference data.
    public static let idrettsraadetID: RowID = 1

    static let spring = SchemeRounds.deadlines([.init(3, 1)])
    static let springAutumn = SchemeRounds.deadlines([.init(3, 1), .init(9, 15)])
    static let threeRounds = SchemeRounds.deadlines([.init(2, 1), .init(5, 1), .init(11, 1)])

    static let cultureCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Kunstnerisk eller kulturell kvalitet", "Artistic or cultural quality", 30),
        ("Barn og unges deltakelse", "Participation of children and young people", 25),
        ("Publikum og tilgjengelighet", "Audience and accessibility", 20),
        ("Realistisk budsjett og egeninnsats", "Realistic budget and own effort", 25)]
    static let eventCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Åpent for alle", "Open to everyone", 30), ("Publikumsgrunnlag", "Expected audience", 25),
        ("Samarbeid med frivillige", "Work with volunteers", 20),
        ("Realistisk budsjett og annen finansiering", "Realistic budget and other funding", 25)]
    static let operatingCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Antall aktive medlemmer", "Number of active members", 40), ("Aktivitet for barn og unge", "Activity for young people", 35),
        ("Økonomi og egeninntekter", "Finances and own income", 25)]
    static let healthCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Forebygging og folkehelse", "Prevention and public health", 30),
        ("Når de som trenger det mest", "Reaches those who need it most", 30),
        ("Frivillig innsats", "Voluntary effort", 20), ("Samarbeid med kommunale tjenester", "Work with municipal services", 20)]
    static let sportCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Aktivitet for barn og unge", "Activity for children and young people", 35),
        ("Inkludering og lave kostnader for deltakere", "Inclusion and low cost for participants", 30),
        ("Antall aktive", "Number of active participants", 20), ("Idrettsrådets prioritering", "The sports council's priority", 15)]
    static let prizeCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Betydning for lokalsamfunnet", "Importance to the community", 50), ("Varig innsats", "Lasting effort", 30),
        ("Nyskaping", "Innovation", 20)]
    static let facilityCriteria: [(nb: String, en: String, weight: Int)] = [
        ("Behov i kommunedelen", "Need in the district", 40), ("Bruk av barn og unge", "Use by children and young people", 35),
        ("Finansieringsplan", "Funding plan", 25)]

    static let cultureRule = "retningslinjer for kulturtilskudd i Drammen kommune, vedtatt av bystyret"
    static let sportRule = "retningslinjer for tilskudd til idrett og friluftsliv i Drammen kommune"
    static let healthRule = "retningslinjer for tilskudd til helse- og sosiale formål i Drammen kommune"
    static let report = "rapport og regnskap innen tre måneder etter at tiltaket er gjennomført"
    static let annualReport = "årsmelding og revidert regnskap for året"

    static func r(_ kind: SchemeKind = .grant, max: Int64? = nil, _ rounds: SchemeRounds, report: String = report,
                  idrettsraadet: Bool = false, rule: String = cultureRule, awards: Int? = nil,
                  _ criteria: [(nb: String, en: String, weight: Int)]) -> Rules {
        Rules(kind: kind, maximum: max.map { Money(kroner: $0) }, rounds: rounds, reporting: report,
              recommendedByIdrettsraadet: idrettsraadet, rule: rule, maximumAwards: awards, criteria: criteria)
    }

    /// The rules by scheme name (every scheme in `ReferenceData.grantSchemes`).
    public static let rules: [String: Rules] = [
        "Kulturproduksjoner der barn og unge deltar": r(max: 150_000, springAutumn, cultureCriteria),
        "Midler til økt kulturaktivitet": r(max: 50_000, .rolling, cultureCriteria),
        "Tilskudd til profesjonelle kunst- og kulturtiltak": r(max: 300_000, springAutumn, cultureCriteria),
        "Tilskudd til kulturarvtiltak": r(max: 100_000, spring, cultureCriteria),
        "Støtte til nærmiljøtiltak": r(max: 75_000, .deadlines([.init(4, 1), .init(11, 20)]), eventCriteria),
        "Drammen kommunes kulturpris": r(.prize, max: 50_000, .deadlines([.init(9, 1)]), report: "",
                                         awards: 1, prizeCriteria),
        "Kulturstipendet Drammen kommunekunstner": r(.prize, max: 200_000, .deadlines([.init(4, 15)]),
                                                     report: "kort rapport om stipendperioden", awards: 1, prizeCriteria),
        "Frivillighetsprisen i Drammen": r(.prize, max: 25_000, .deadlines([.init(10, 15)]), report: "", awards: 1,
                                           prizeCriteria),
        "Byggeskikkpris": r(.prize, max: 25_000, .deadlines([.init(8, 15)]), report: "", awards: 1, prizeCriteria),
        "Kulturarrangement for barn og unge": r(max: 60_000, threeRounds, eventCriteria),
        "Åpne kulturarrangement": r(max: 80_000, threeRounds, eventCriteria),
        "Nye festivaler og store arrangementer (1 år)": r(max: 400_000, .deadlines([.init(10, 15)]), eventCriteria),
        "Festival og store arrangement (3 år)": r(max: 500_000, .deadlines([.init(10, 15)]), eventCriteria),
        "Støtte til leie av lokaler Drammen Scener AS": r(max: 100_000, .rolling, eventCriteria),
        "Subsidiert leie av lokaler i kommunens kulturhus": r(max: 50_000, .rolling, eventCriteria),
        "Støtte til praktisk markedsføring og arrangementsrådgivning": r(max: 40_000, .rolling, eventCriteria),
        "Driftstilskudd til allmennkulturelle barne- og ungdomsorganisasjoner": r(max: 150_000, spring,
                                                                                 report: annualReport, operatingCriteria),
        "Driftstilskudd til skolekorpsene (barn og unge)": r(max: 120_000, spring, report: annualReport, operatingCriteria),
        "Driftstilskudd til frivillige lag og foreninger med kulturformål (voksne)": r(max: 60_000, spring,
                                                                                      report: annualReport, operatingCriteria),
        "Driftstilskudd til profesjonelle kulturinstitusjoner og større kulturaktører": r(max: 1_000_000,
            .deadlines([.init(10, 1)]), report: annualReport, operatingCriteria),
        "Samarbeidsavtaler i helse, sosial og omsorg": r(max: 400_000, .deadlines([.init(10, 1)]), report: annualReport,
                                                         rule: healthRule, healthCriteria),
        "Tilskudd til helse og sosiale formål": r(max: 200_000, .deadlines([.init(3, 1), .init(10, 15)]), rule: healthRule, healthCriteria),
        "Tilskudd til treningsleie": r(max: 100_000, .deadlines([.init(2, 15), .init(8, 15)]), idrettsraadet: true,
                                       rule: sportRule, sportCriteria),
        "Inkludering i idrett og friluftsliv": r(max: 100_000, .rolling, idrettsraadet: true, rule: sportRule,
                                                 sportCriteria),
        "Tilskudd til idrettslag": r(max: 150_000, spring, report: annualReport, idrettsraadet: true, rule: sportRule,
                                     sportCriteria),
        "Aktivitetsmidler": r(max: 50_000, .deadlines([.init(3, 15), .init(11, 15)]), idrettsraadet: true, rule: sportRule, sportCriteria),
        "Spillemidler": r(.forwarded, .deadlines([.init(1, 15)]), report: "", idrettsraadet: true,
                          rule: "bestemmelser om tilskudd til anlegg for idrett og fysisk aktivitet (Kultur- og likestillingsdepartementet) og kommunens plan for idrett og fysisk aktivitet",
                          facilityCriteria),
        "Aktive lokalsamfunn": r(max: 100_000, spring, idrettsraadet: true, rule: sportRule, sportCriteria),
        "Kjøp av tjenester fra ideelle organisasjoner": r(.servicePurchase, .rolling, report: "",
            rule: "lov om offentlige anskaffelser", healthCriteria),
    ]
}
