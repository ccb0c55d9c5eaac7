import DugnadCore

/// Municipal staff and the services that use volunteers, each service with
/// its frivillighetskontakt.
enum DemoStaffAndServices {
    /// Staff with lowercase usernames; every role is present, and no
    /// username collides with one already in the table (the bootstrap admin).
    static func staff(count: Int, firstID: RowID, existing: Set<String>, rng: inout DemoRandom) -> [Staff] {
        // Proportions of a real office: mostly front desk, some grant officers.
        let roles: [StaffRole] = [.frontdesk, .coordinator, .grants, .admin, .frontdesk, .grants, .frontdesk,
                                  .coordinator, .frontdesk, .grants, .frontdesk, .coordinator, .frontdesk, .grants,
                                  .admin]
        var used = existing
        var result: [Staff] = []
        for i in 0..<max(count, StaffRole.allCases.count) {
            let person = DemoPeople.person(&rng)
            var username = DemoPeople.handle(person)
            var n = 2
            while used.contains(username) { username = DemoPeople.handle(person) + "\(n)"; n += 1 }
            used.insert(username)
            result.append(Staff(id: firstID + RowID(i), username: username, displayName: person.fullName,
                                role: roles[i % roles.count], active: i % 23 != 22))
        }
        return result
    }

    /// What kind of unit a service is, which decides what it asks volunteers for.
    enum Kind: Sendable, CaseIterable {
        case nursingHome, homeCare, activityHouse, library, youthClub, refugees, nav, disability, culture
    }

    struct DemoService: Sendable {
        var service: Service
        var kind: Kind
    }

    private static let named: [(String, Kind, String)] = [
        ("Fjell bo- og helsesenter", .nursingHome, "Fjell/Danvik"),
        ("Strømsø sykehjem", .nursingHome, "Strømsø/Tangen"),
        ("Konnerudhjemmet", .nursingHome, "Konnerud"),
        ("Solbergtunet sykehjem", .nursingHome, "Åssiden/Solbergelva"),
        ("Mjøndalen sykehjem", .nursingHome, "Mjøndalen/Åsen"),
        ("Svelvik sykehjem", .nursingHome, "Svelvik/Berger"),
        ("Hjemmetjenesten Bragernes", .homeCare, "Bragernes/Øren"),
        ("Hjemmetjenesten Strømsø", .homeCare, "Strømsø/Tangen"),
        ("Hjemmetjenesten Nedre Eiker", .homeCare, "Krokstadelva/Stenseth"),
        ("Hjemmetjenesten Svelvik", .homeCare, "Svelvik/Berger"),
        ("Villa Fredrikke aktivitetshus", .activityHouse, "Bragernes/Øren"),
        ("Åskollen aktivitetssenter", .activityHouse, "Skoger/Åskollen"),
        ("Drammensbiblioteket", .library, "Bragernes/Øren"),
        ("Fjell bibliotek", .library, "Fjell/Danvik"),
        ("Mjøndalen bibliotek", .library, "Mjøndalen/Åsen"),
        ("Ungdomsklubben Åskollen", .youthClub, "Skoger/Åskollen"),
        ("Ungdomsklubben Gulskogen", .youthClub, "Gulskogen"),
        ("Ungdomsklubben Konnerud", .youthClub, "Konnerud"),
        ("Flyktningtjenesten", .refugees, "Strømsø/Tangen"),
        ("Introduksjonsprogrammet", .refugees, "Strømsø/Tangen"),
        ("NAV Drammen – arbeidstrening", .nav, "Bragernes/Øren"),
        ("Dagsenteret Gulskogen (utviklingshemming)", .disability, "Gulskogen"),
        ("Bofellesskapet Konnerud", .disability, "Konnerud"),
        ("Kulturskolen", .culture, "Bragernes/Øren"),
        ("Frisklivssentralen", .activityHouse, "Strømsø/Tangen"),
    ]

    static func services(count: Int, firstID: RowID, rng: inout DemoRandom) -> [DemoService] {
        var result: [DemoService] = []
        var used = Set<String>()
        var i = 0
        while result.count < count {
            let base = named[i % named.count]
            let round = i / named.count
            i += 1
            // Beyond the named list (large scales), the same units in more places,
            // then numbered ("avd. Åsen 2") once every place has one: the names never
            // run out, so any scale finishes (scale 36 used to loop for ever here).
            let places = DemoPlaces.places.count
            let cycle = (round - 1) / places
            let name = round == 0 ? base.0
                : "\(base.0) avd. \(DemoPlaces.places[(round - 1) % places].name)" + (cycle == 0 ? "" : " \(cycle + 1)")
            guard used.insert(name).inserted else { continue }
            let contact = DemoPeople.person(&rng)
            let service = Service(id: firstID + RowID(result.count), name: name,
                                  kommunedelID: DemoPlaces.kommunedelID(named: base.2),
                                  volunteerContact: contact.fullName, contactPhone: DemoPeople.mobile(&rng),
                                  contactEmail: "\(DemoPeople.handle(contact))@kommune.eksempel.no")
            result.append(DemoService(service: service, kind: base.1))
        }
        return result
    }

    /// Collaboration agreements: the three umbrellas first (as in the seed),
    /// then local organisations, some with money involved.
    static func agreements(count: Int, firstID: RowID, orgs: [DemoOrg], today: CivilDate,
                           rng: inout DemoRandom) -> [DemoAgreementRow] {
        var result: [DemoAgreementRow] = []
        for umbrella in ReferenceData.umbrellas where result.count < count {
            result.append(DemoAgreementRow(id: firstID + RowID(result.count), organisationID: umbrella.id,
                                           title: "Samarbeidsavtale med \(umbrella.name)",
                                           startsOn: CivilDate(clampingYear: today.year - 2, month: 1, day: 1),
                                           endsOn: CivilDate(clampingYear: today.year + 1, month: 12, day: 31),
                                           involvesMoney: true))
        }
        let titles: [OrganisationCategory: [String]] = [
            .idrett: ["Aktive lokalsamfunn", "Åpen hall for ungdom", "Drift av lysløype", "Sommeraktiviteter for barn"],
            .kultur: ["Samarbeid med kulturskolen", "Konserter på sykehjem", "Kulturarrangement i knutepunktet"],
            .friluftsliv: ["Drift av turstier", "Friluftsskole for barn", "Rydding av strender"],
            .helseSosial: ["Besøksvenner på sykehjem", "Sorggrupper", "Aktivitetsvenn for personer med demens"],
            .humanitær: ["Juledugnaden", "Leksehjelp", "Beredskap og frivillig innsats ved kriser"],
            .innvandrer: ["Språkkafé", "Bydelsmødre", "Informasjonsmøter for nyankomne"],
            .nærmiljø: ["Nærmiljøhage", "Nabolagsfest", "Skjøtsel av lekeplass"],
            .barnUnge: ["Fritidsklubb", "Ferietilbud for barn og unge"],
            .livssyn: ["Middag for alle", "Samtalegrupper"],
            .annet: ["Frivilligbørs-samarbeid", "BUA utlånsordning"],
        ]
        let candidates = orgs.filter { $0.org.active && titles[$0.org.category] != nil }
        for entry in rng.sample(candidates, count: count - result.count) {
            let starts = today.adding(days: -rng.int(30...1100))
            let open = rng.chance(0.3)
            let ends = open ? nil : starts.adding(months: rng.pick([12, 24, 36]))
            result.append(DemoAgreementRow(id: firstID + RowID(result.count), organisationID: entry.org.id,
                                           title: rng.pick(titles[entry.org.category]!), startsOn: starts,
                                           endsOn: ends, involvesMoney: rng.chance(0.3)))
        }
        return result
    }
}
