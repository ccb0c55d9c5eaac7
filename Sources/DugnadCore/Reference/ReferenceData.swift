/// The reference data every new database starts with (SPEC §1), taken from
/// the municipality's own document. IDs are fixed so demo data, tests and
/// imports can refer to them; the store inserts them on first use.
public enum ReferenceData {
    public static let kommunedeler: [Kommunedel] = [
        "Mjøndalen/Åsen", "Krokstadelva/Stenseth", "Åssiden/Solbergelva", "Gulskogen", "Konnerud",
        "Fjell/Danvik", "Strømsø/Tangen", "Bragernes/Øren", "Skoger/Åskollen", "Svelvik/Berger",
    ].enumerated().map { Kommunedel(id: RowID($0.offset + 1), name: $0.element) }

    /// Kommunedel ids by name, for readable tables below.
    static func kd(_ name: String) -> RowID {
        kommunedeler.first { $0.name == name }!.id
    }

    public static let sites: [Site] = {
        let rows: [(String, SiteKind, String, Bool)] = [
            // The five knutepunkt (with innbyggertorg where the seed says so).
            ("Knutepunkt Fjell", .knutepunkt, "Fjell/Danvik", true),
            ("Knutepunkt Åskollen", .knutepunkt, "Skoger/Åskollen", true),
            ("Knutepunkt Mjøndalen", .knutepunkt, "Mjøndalen/Åsen", true),
            ("Knutepunkt Svelvik", .knutepunkt, "Svelvik/Berger", true),
            ("Knutepunkt Strømsø", .knutepunkt, "Strømsø/Tangen", true),
            // Five frivilligsentraler, owned and run by the municipality.
            ("Danvik-Fjell frivilligsentral", .frivilligsentral, "Fjell/Danvik", false),
            ("Svelvik frivilligsentral", .frivilligsentral, "Svelvik/Berger", false),
            ("Mjøndalen frivilligsentral", .frivilligsentral, "Mjøndalen/Åsen", false),
            ("Konnerud frivilligsentral", .frivilligsentral, "Konnerud", false),
            ("Strømsø frivilligsentral", .frivilligsentral, "Strømsø/Tangen", false),
            // Libraries.
            ("Drammensbiblioteket", .bibliotek, "Bragernes/Øren", false),
            ("Fjell bibliotek", .bibliotek, "Fjell/Danvik", false),
            ("Mjøndalen bibliotek", .bibliotek, "Mjøndalen/Åsen", false),
            ("Svelvik bibliotek", .bibliotek, "Svelvik/Berger", false),
            ("Konnerud bibliotek", .bibliotek, "Konnerud", false),
            // Schools and halls.
            ("Fjell skole", .skole, "Fjell/Danvik", false),
            ("Gulskogen skole", .skole, "Gulskogen", false),
            ("Konnerud skole", .skole, "Konnerud", false),
            ("Åssiden videregående skole", .skole, "Åssiden/Solbergelva", false),
            ("Krokstad skole", .skole, "Krokstadelva/Stenseth", false),
            ("Berger skole", .skole, "Svelvik/Berger", false),
            ("Drammenshallen", .idrettshall, "Bragernes/Øren", false),
            ("Marienlyst idrettspark", .idrettshall, "Strømsø/Tangen", false),
            ("Solberghallen", .idrettshall, "Åssiden/Solbergelva", false),
            ("Åskollen flerbrukshall", .idrettshall, "Skoger/Åskollen", false),
            ("Union Scene", .kulturhus, "Strømsø/Tangen", false),
            ("Bragernes torg", .uteomrade, "Bragernes/Øren", false),
            ("Spiralen friområde", .uteomrade, "Strømsø/Tangen", false),
            ("Elveparken", .uteomrade, "Bragernes/Øren", false),
        ]
        return rows.enumerated().map {
            Site(id: RowID($0.offset + 1), name: $0.element.0, kind: $0.element.1,
                 kommunedelID: kd($0.element.2), hasInnbyggertorg: $0.element.3)
        }
    }()

    /// Every grant scheme named in the seed, in its group. Budgets are the
    /// demo municipality's annual frames in øre; administrators change them.
    public static let grantSchemes: [GrantScheme] = {
        let rows: [(String, SchemeGroup, Int64)] = [
            ("Kulturproduksjoner der barn og unge deltar", .projects, 1_200_000),
            ("Midler til økt kulturaktivitet", .projects, 800_000),
            ("Tilskudd til profesjonelle kunst- og kulturtiltak", .projects, 1_500_000),
            ("Tilskudd til kulturarvtiltak", .projects, 600_000),
            ("Støtte til nærmiljøtiltak", .projects, 900_000),
            ("Drammen kommunes kulturpris", .projects, 50_000),
            ("Kulturstipendet Drammen kommunekunstner", .projects, 200_000),
            ("Frivillighetsprisen i Drammen", .projects, 25_000),
            ("Byggeskikkpris", .projects, 25_000),
            ("Kulturarrangement for barn og unge", .festivals, 700_000),
            ("Åpne kulturarrangement", .festivals, 900_000),
            ("Nye festivaler og store arrangementer (1 år)", .festivals, 1_000_000),
            ("Festival og store arrangement (3 år)", .festivals, 3_000_000),
            ("Støtte til leie av lokaler Drammen Scener AS", .festivals, 800_000),
            ("Subsidiert leie av lokaler i kommunens kulturhus", .festivals, 600_000),
            ("Støtte til praktisk markedsføring og arrangementsrådgivning", .festivals, 300_000),
            ("Driftstilskudd til allmennkulturelle barne- og ungdomsorganisasjoner", .operating, 1_800_000),
            ("Driftstilskudd til skolekorpsene (barn og unge)", .operating, 1_400_000),
            ("Driftstilskudd til frivillige lag og foreninger med kulturformål (voksne)", .operating, 1_100_000),
            ("Driftstilskudd til profesjonelle kulturinstitusjoner og større kulturaktører", .operating, 6_000_000),
            ("Samarbeidsavtaler i helse, sosial og omsorg", .healthSocial, 4_000_000),
            ("Tilskudd til helse og sosiale formål", .healthSocial, 2_000_000),
            ("Tilskudd til treningsleie", .sportOutdoor, 2_500_000),
            ("Inkludering i idrett og friluftsliv", .sportOutdoor, 1_000_000),
            ("Tilskudd til idrettslag", .sportOutdoor, 3_000_000),
            ("Aktivitetsmidler", .sportOutdoor, 1_500_000),
            ("Spillemidler", .sportOutdoor, 8_000_000),
            // Named in the seed beside the list: Idrettsrådet recommends how it is shared out.
            ("Aktive lokalsamfunn", .sportOutdoor, 600_000),
            // Not a grant: agreements that buy services (procurement law); the inbox refuses them.
            ("Kjøp av tjenester fra ideelle organisasjoner", .healthSocial, 0),
        ]
        return rows.enumerated().map {
            let rules = GrantReference.rules[$0.element.0]!
            return GrantScheme(id: RowID($0.offset + 1), name: $0.element.0, group: $0.element.1,
                               annualBudget: Money(kroner: $0.element.2), deadline: nil, kind: rules.kind,
                               maximumAmount: rules.maximum, rounds: rules.rounds, reporting: rules.reporting,
                               recommendingBodyID: rules.recommendedByIdrettsraadet ? GrantReference.idrettsraadetID : nil,
                               rule: rules.rule, maximumAwards: rules.maximumAwards)
        }
    }()

    /// The three umbrella organisations the municipality has agreements with.
    public static let umbrellas: [Organisation] = [
        Organisation(id: 1, name: "Drammen Idrettsråd", orgNumber: nil, inFrivillighetsregisteret: true,
                     category: .paraply, kommunedelID: kd("Bragernes/Øren")),
        Organisation(id: 2, name: "Drammen Kulturråd", orgNumber: nil, inFrivillighetsregisteret: true,
                     category: .paraply, kommunedelID: kd("Bragernes/Øren")),
        Organisation(id: 3, name: "Drammen Friluftsforum", orgNumber: nil, inFrivillighetsregisteret: true,
                     category: .paraply, kommunedelID: kd("Strømsø/Tangen")),
    ]

    /// Organisations the seed names; demo data starts with these.
    public static let namedOrganisations: [(name: String, category: OrganisationCategory, kommunedel: String)] = [
        ("Drammen sanitetsforening", .helseSosial, "Bragernes/Øren"),
        ("Fontenehuset Drammen", .helseSosial, "Strømsø/Tangen"),
        ("Redd Barna Drammen", .humanitær, "Fjell/Danvik"),
        ("Svelvik Lions", .humanitær, "Svelvik/Berger"),
        ("Rotary Svelvik", .humanitær, "Svelvik/Berger"),
        ("Kiwanis Svelvik", .humanitær, "Svelvik/Berger"),
        ("Stjernedryss", .humanitær, "Svelvik/Berger"),
        ("Forandringshuset Drammen", .barnUnge, "Fjell/Danvik"),
        ("Neon Fritidsklubb", .barnUnge, "Fjell/Danvik"),
        ("Bydelsmødrene i Drammen", .innvandrer, "Fjell/Danvik"),
        ("Vær sammen - del gleden", .nærmiljø, "Fjell/Danvik"),
        ("Elvefestivalen", .kultur, "Bragernes/Øren"),
        ("Globusfestivalen", .kultur, "Strømsø/Tangen"),
        ("World Cup Drammen", .idrett, "Bragernes/Øren"),
        ("BUA Drammen", .friluftsliv, "Gulskogen"),
        ("Mitt Skattkammer", .barnUnge, "Strømsø/Tangen"),
    ]

    /// Venue equipment vocabulary.
    public static let equipment = ["projektor", "storskjerm", "kjøkken", "piano", "lydanlegg", "scene",
                                   "garderobe", "whiteboard", "videomøte", "stoler 100+"]

    /// Volunteer skills and interests, a shared vocabulary.
    public static let skills = ["besøksvenn", "leksehjelp", "norsktrening", "sjåfør", "matlaging", "turleder",
                                "idrettstrener", "digital hjelp", "arrangement", "musikk", "tolk", "håndverk",
                                "administrasjon", "førstehjelp", "barnepass", "språkkafé"]
}
