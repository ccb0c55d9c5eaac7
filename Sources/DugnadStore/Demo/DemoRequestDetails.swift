import DugnadCore

/// When demo tasks happen, what the requester wrote, why people said no, and the requests from the seed
/// that every demo has (Juledugnaden in Svelvik, Barnas id-feiring at Fjell, Villa Fredrikke, …).
enum DemoRequestDetails {
    static let declineReasons = ["Har ikke tid likevel", "For langt å reise", "Passer ikke med jobb",
                                 "Ønsker heller en annen oppgave", "Syk i perioden"]

    private static let weeklyTimes: [(Int, Int, Int, Int)] = [(10, 0, 12, 0), (11, 0, 13, 0), (13, 0, 15, 0),
                                                              (14, 0, 16, 0), (17, 0, 19, 0), (18, 0, 20, 30)]
    private static let onceTimes: [(Int, Int, Int, Int)] = [(9, 0, 15, 0), (10, 0, 14, 0), (16, 0, 21, 0), (12, 0, 18, 0)]

    static func schedule(weekly: Bool, starts: CivilDate, rng: inout DemoRandom) -> RequestSchedule {
        let t = rng.pick(weekly ? weeklyTimes : onceTimes)
        let start = CivilTime(hour: t.0, minute: t.1)!, end = CivilTime(hour: t.2, minute: t.3)!
        guard weekly else { return .once(starts, from: start, to: end) }
        var days = [rng.pick([(1, 2.0), (2, 3.0), (3, 3.0), (4, 3.0), (5, 1.5), (6, 0.7), (7, 0.5)])]
        if rng.chance(0.15) { days.append(days[0] % 7 + 2 > 7 ? 1 : days[0] + 2) }
        let first = starts.adding(days: (days[0] - starts.weekday + 7) % 7)
        return .weekly(days, from: start, to: end, starting: first,
                       until: rng.chance(0.4) ? first.adding(days: rng.int(56...300)) : nil)
    }

    static func description(_ title: String, service: String?) -> String {
        "\(title)" + (service.map { " hos \($0)" } ?? "") + ". Frivillighetskontakten tar imot og gir opplæring første gang."
    }

    struct Named {
        let title: String, description: String, owner: String, ownerIsService: Bool, kommunedel: String
        let skills: [String], schedule: (CivilDate) -> RequestSchedule, needed: Int
        let politiattest: PolitiattestKind?, minimumAge: Int, minors: Bool, language: String?, priority: Priority
        let status: RequestStatus
    }

    /// The seed's own examples, around `today`.
    static func named(today: CivilDate) -> [Named] {
        let t = { (h: Int, m: Int) in CivilTime(hour: h, minute: m)! }
        let christmasEve = CivilDate(year: today.month == 12 && today.day > 24 ? today.year + 1 : today.year, month: 12, day: 24)!
        return [
            Named(title: "Besøksvenner tirsdag ettermiddag", description: "To besøksvenner til beboere på skjermet avdeling, tirsdager 14–16.",
                  owner: "Fjell bo- og helsesenter", ownerIsService: true, kommunedel: "Fjell/Danvik", skills: ["besøksvenn"],
                  schedule: { .weekly([2], from: t(14, 0), to: t(16, 0), starting: $0.adding(days: (2 - $0.weekday + 7) % 7 + 7)) },
                  needed: 2, politiattest: nil, minimumAge: 18, minors: false, language: nil, priority: .high, status: .new),
            Named(title: "Juledugnaden: pakking av matkasser", description: "Pakking og utdeling av matkasser og julegaver i Svelvik, sammen med Lions, Rotary, Kiwanis og Svelvik kjøkken.",
                  owner: "Svelvik Lions", ownerIsService: false, kommunedel: "Svelvik/Berger", skills: ["praktisk hjelp", "arrangement"],
                  schedule: { _ in .once(christmasEve.adding(days: -4), from: t(10, 0), to: t(15, 0)) },
                  needed: 15, politiattest: nil, minimumAge: 15, minors: true, language: nil, priority: .high, status: .triaged),
            Named(title: "Juledugnaden: varm julemiddag på julaften", description: "Servering av julemiddag for familier, eldre og enslige.",
                  owner: "Svelvik Lions", ownerIsService: false, kommunedel: "Svelvik/Berger", skills: ["matlaging", "kafévert"],
                  schedule: { _ in .once(christmasEve, from: t(13, 0), to: t(19, 0)) },
                  needed: 8, politiattest: nil, minimumAge: 16, minors: true, language: nil, priority: .normal, status: .triaged),
            Named(title: "Barnas id-feiring på Knutepunkt Fjell", description: "Aktiviteter for barn under id-feiringen, med Redd Barna, Bydelsmødrene og Fjell bibliotek.",
                  owner: "Redd Barna Drammen", ownerIsService: false, kommunedel: "Fjell/Danvik", skills: ["arrangement", "barnepass"],
                  schedule: { .once($0.adding(days: 40), from: t(12, 0), to: t(17, 0)) },
                  needed: 10, politiattest: .children, minimumAge: 18, minors: false, language: "ar", priority: .normal, status: .triaged),
            Named(title: "Kafévert på Villa Fredrikke", description: "Vert i kafeen for personer med demens i tidlig fase og pårørende.",
                  owner: "Villa Fredrikke aktivitetshus", ownerIsService: true, kommunedel: "Bragernes/Øren", skills: ["kafévert", "matlaging"],
                  schedule: { .weekly([3], from: t(11, 0), to: t(14, 0), starting: $0.adding(days: 5)) },
                  needed: 3, politiattest: nil, minimumAge: 18, minors: false, language: nil, priority: .normal, status: .matching),
            Named(title: "Språkvenn for nyankomne", description: "Samtaletrening på norsk med nyankomne flyktninger, gjerne en som også kan arabisk eller tigrinja.",
                  owner: "Flyktningtjenesten", ownerIsService: true, kommunedel: "Strømsø/Tangen", skills: ["språkvenn", "norsktrening"],
                  schedule: { .weekly([4], from: t(17, 0), to: t(19, 0), starting: $0.adding(days: 3)) },
                  needed: 4, politiattest: nil, minimumAge: 18, minors: false, language: "ti", priority: .urgent, status: .matching),
            Named(title: "Turvenn i bofellesskapet", description: "Turvenn for beboere med utviklingshemming, lørdager.",
                  owner: "Bofellesskapet Konnerud", ownerIsService: true, kommunedel: "Konnerud", skills: ["turvenn", "turleder"],
                  schedule: { .weekly([6], from: t(11, 0), to: t(13, 0), starting: $0.adding(days: 2)) },
                  needed: 2, politiattest: .intellectualDisabilities, minimumAge: 18, minors: false, language: nil, priority: .normal,
                  status: .triaged),
            Named(title: "Leksehjelp på biblioteket", description: "Leksehjelp for elever på mellomtrinnet, tirsdager og torsdager.",
                  owner: "Drammensbiblioteket", ownerIsService: true, kommunedel: "Bragernes/Øren", skills: ["leksehjelp"],
                  schedule: { .weekly([2, 4], from: t(16, 0), to: t(18, 0), starting: $0.adding(days: 1)) },
                  needed: 5, politiattest: .children, minimumAge: 18, minors: false, language: nil, priority: .normal, status: .matching),
            Named(title: "Sjåfør til dagsenteret", description: "Kjøring av brukere til og fra dagsenteret i hjemmetjenesten.",
                  owner: "Hjemmetjenesten Strømsø", ownerIsService: true, kommunedel: "Strømsø/Tangen", skills: ["sjåfør"],
                  schedule: { .weekly([1, 3], from: t(9, 0), to: t(11, 0), starting: $0.adding(days: 1)) },
                  needed: 2, politiattest: nil, minimumAge: 21, minors: false, language: nil, priority: .normal, status: .new),
            Named(title: "IT-hjelp for seniorer", description: "Hjelp med nettbank, BankID og Helsenorge på seniorkafeen.",
                  owner: "Frisklivssentralen", ownerIsService: true, kommunedel: "Strømsø/Tangen", skills: ["IT-hjelp", "digital hjelp"],
                  schedule: { .weekly([5], from: t(11, 0), to: t(13, 0), starting: $0.adding(days: 4)) },
                  needed: 2, politiattest: nil, minimumAge: 15, minors: true, language: nil, priority: .low, status: .new),
        ]
    }
}
