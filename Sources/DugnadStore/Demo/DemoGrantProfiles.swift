import DugnadCore

/// What applications to each grant scheme look like: how common they are,
/// how much is asked for, who applies, and typical project titles.
enum DemoGrantProfiles {
    struct Profile: Sendable {
        let weight: Double
        /// Requested amount in kroner.
        let amount: ClosedRange<Int>
        let applicants: [OrganisationCategory]
        let titles: [String]
    }

    private static let culture: [OrganisationCategory] = [.kultur, .barnUnge, .innvandrer]
    private static let projectTitles = ["Barneteater i {p}", "Sommerkonsert i {p}", "Fortellerfestival for barn",
                                        "Kulturvandring på {p}", "Gatekunstprosjekt på {p}", "Ungdommens kulturkveld",
                                        "Musikal med barn og unge", "Flerkulturell dansegruppe", "Jubileumskonsert",
                                        "Ny oppsetning: «Elva som ble borte»"]
    private static let festivalTitles = ["Festival i {p}", "Julekonsert i {p} kirke", "Kulturdag på {p}",
                                         "Mat- og musikkfestival", "Barnas kulturdag", "Vårslipp på {p}",
                                         "Konsertserie i parken"]
    private static let operatingTitles = ["Driftstilskudd {y}", "Drift av aktivitetstilbudet {y}",
                                          "Driftsmidler til øvelser og instruktører {y}"]
    private static let healthTitles = ["Besøksvenntjeneste", "Møteplass for ensomme eldre",
                                       "Leksehjelp for minoritetsspråklige barn", "Sorggruppe for unge",
                                       "Aktivitetstilbud for personer med demens", "Matkasser til jul",
                                       "Turgruppe for psykisk helse", "Middag for alle i {p}"]
    private static let sportTitles = ["Treningsleie {y}", "Nytt utstyr til barneidretten", "Gratis deltakelse for alle",
                                      "Rehabilitering av lysløypa på {p}", "Turkart for {p}",
                                      "Inkludering av nyankomne barn", "Klubbhus på {p}: nytt tak",
                                      "Ny kunstgressbane på {p}"]

    /// One profile per scheme in `ReferenceData.grantSchemes` order.
    static let profiles: [Profile] = [
        Profile(weight: 6, amount: 10_000...150_000, applicants: culture, titles: projectTitles),
        Profile(weight: 8, amount: 5_000...60_000, applicants: culture + [.nærmiljø], titles: projectTitles),
        Profile(weight: 5, amount: 20_000...300_000, applicants: [.kultur], titles: projectTitles),
        Profile(weight: 3, amount: 10_000...100_000, applicants: [.kultur, .nærmiljø],
                titles: ["Digitalisering av fotoarkivet", "Bygdebok for {p}", "Skilting av kulturminner på {p}",
                         "Restaurering av gammel stue"]),
        Profile(weight: 8, amount: 5_000...80_000, applicants: [.nærmiljø, .innvandrer, .barnUnge],
                titles: ["Nærmiljøhage på {p}", "Ny lekeplass på {p}", "Benker og bord langs turveien",
                         "Nabolagsfest på {p}", "Gapahuk på {p}"]),
        Profile(weight: 0.4, amount: 50_000...50_000, applicants: [.kultur], titles: ["Nominasjon: kulturprisen {y}"]),
        Profile(weight: 1, amount: 50_000...200_000, applicants: [.kultur], titles: ["Søknad om kulturstipend {y}"]),
        Profile(weight: 0.4, amount: 25_000...25_000, applicants: [.helseSosial, .humanitær, .nærmiljø, .idrett],
                titles: ["Nominasjon: frivillighetsprisen {y}"]),
        Profile(weight: 0.2, amount: 25_000...25_000, applicants: [.nærmiljø, .kultur],
                titles: ["Nominasjon: byggeskikkprisen {y}"]),
        Profile(weight: 6, amount: 5_000...60_000, applicants: culture, titles: festivalTitles),
        Profile(weight: 7, amount: 5_000...80_000, applicants: culture + [.nærmiljø], titles: festivalTitles),
        Profile(weight: 2, amount: 50_000...400_000, applicants: [.kultur], titles: festivalTitles),
        Profile(weight: 1.5, amount: 100_000...400_000, applicants: [.kultur], titles: festivalTitles),
        Profile(weight: 3, amount: 10_000...100_000, applicants: [.kultur], titles: ["Leie av Union Scene til {t}",
                                                                                  "Konsert i Drammens Teater"]),
        Profile(weight: 3, amount: 5_000...50_000, applicants: culture, titles: ["Leie av lokaler til {t}"]),
        Profile(weight: 2, amount: 5_000...40_000, applicants: culture, titles: ["Markedsføring av {t}"]),
        Profile(weight: 5, amount: 10_000...150_000, applicants: [.barnUnge, .kultur], titles: operatingTitles),
        Profile(weight: 3, amount: 20_000...120_000, applicants: [.kultur], titles: operatingTitles),
        Profile(weight: 5, amount: 5_000...60_000, applicants: [.kultur], titles: operatingTitles),
        Profile(weight: 1.5, amount: 100_000...400_000, applicants: [.kultur], titles: operatingTitles),
        Profile(weight: 2, amount: 50_000...400_000, applicants: [.helseSosial, .humanitær], titles: healthTitles),
        Profile(weight: 6, amount: 10_000...200_000, applicants: [.helseSosial, .humanitær, .innvandrer, .livssyn],
                titles: healthTitles),
        Profile(weight: 8, amount: 5_000...100_000, applicants: [.idrett], titles: sportTitles),
        Profile(weight: 4, amount: 10_000...100_000, applicants: [.idrett, .friluftsliv, .innvandrer],
                titles: sportTitles),
        Profile(weight: 6, amount: 10_000...150_000, applicants: [.idrett], titles: sportTitles),
        Profile(weight: 5, amount: 5_000...50_000, applicants: [.idrett, .friluftsliv], titles: sportTitles),
        Profile(weight: 2, amount: 100_000...400_000, applicants: [.idrett, .friluftsliv],
                titles: ["Ny kunstgressbane på {p}", "Rehabilitering av lysløypa på {p}", "Klubbhus på {p}: nytt tak",
                         "Turvei rundt {p}"]),
    ]

    /// A title for an application, filling place, year and event name.
    static func title(_ profile: Profile, org: Organisation?, year: Int, rng: inout DemoRandom) -> String {
        var text = rng.pick(profile.titles)
        let place = org?.kommunedelID.flatMap { id in
            let local = DemoPlaces.places(in: id)
            return local.isEmpty ? nil : local
        }.map { rng.pick($0).name } ?? DemoPlaces.place(&rng).name
        let event = rng.pick(["vårkonserten", "julekonserten", "revyen", "festivalen", "jubileet", "forestillingen"])
        for (token, value) in [("{p}", place), ("{y}", String(year)), ("{t}", event)] {
            while let range = text.firstRange(of: token) { text.replaceSubrange(range, with: value) }
        }
        return text
    }

    /// Requested amounts are round hundreds of kroner, mostly round thousands.
    static func amount(_ profile: Profile, rng: inout DemoRandom) -> Money {
        let kroner = rng.int(profile.amount)
        let step = rng.chance(0.7) ? 1_000 : rng.chance(0.9) ? 100 : 1
        let rounded = max(profile.amount.lowerBound, kroner / step * step)
        // A few are typed to the øre from a budget spreadsheet.
        let ore = step == 1 && rng.chance(0.5) ? Int64(rng.int(1...99)) : 0
        return Money(ore: Int64(rounded) * 100 + ore)
    }
}
