import DugnadCore

/// The rooms a site of each kind has, in the order they are handed out
/// (so a small demo still gets one room of every kind), and its opening hours.
enum DemoVenueTemplates {
    struct Room: Sendable {
        let name: String
        let kind: VenueKind
        let capacity: ClosedRange<Int>
        let equipment: [String]
    }

    static func rooms(for kind: SiteKind) -> [Room] {
        switch kind {
        case .knutepunkt:
            return [Room(name: "Storsalen", kind: .forsamlingslokale, capacity: 80...200,
                         equipment: ["projektor", "lydanlegg", "scene", "kjøkken", "stoler 100+"]),
                    Room(name: "Møterom 1", kind: .moterom, capacity: 8...14, equipment: ["storskjerm", "videomøte"]),
                    Room(name: "Møterom 2", kind: .moterom, capacity: 10...20, equipment: ["projektor", "whiteboard"]),
                    Room(name: "Flerbruksrom", kind: .forsamlingslokale, capacity: 50...70,
                         equipment: ["kjøkken", "lydanlegg"]),
                    Room(name: "Møterom 3", kind: .moterom, capacity: 8...12, equipment: ["whiteboard"]),
                    Room(name: "Innbyggertorget, møtesone", kind: .moterom, capacity: 8...10, equipment: [])]
        case .frivilligsentral:
            return [Room(name: "Kafeen", kind: .frivilligsentral, capacity: 30...60,
                         equipment: ["kjøkken", "piano", "lydanlegg"]),
                    Room(name: "Aktivitetsrommet", kind: .frivilligsentral, capacity: 20...40,
                         equipment: ["projektor", "whiteboard"]),
                    Room(name: "Møterom", kind: .moterom, capacity: 8...14, equipment: ["storskjerm"]),
                    Room(name: "Verkstedet", kind: .frivilligsentral, capacity: 10...20, equipment: [])]
        case .bibliotek:
            return [Room(name: "Arrangementssalen", kind: .bibliotek, capacity: 50...120,
                         equipment: ["projektor", "lydanlegg", "scene", "stoler 100+"]),
                    Room(name: "Grupperom 1", kind: .moterom, capacity: 8...10, equipment: ["storskjerm"]),
                    Room(name: "Grupperom 2", kind: .moterom, capacity: 8...12, equipment: ["whiteboard"]),
                    Room(name: "Barnebiblioteket", kind: .bibliotek, capacity: 20...40, equipment: [])]
        case .skole:
            return [Room(name: "Gymsal", kind: .gymsal, capacity: 30...80, equipment: ["garderobe", "lydanlegg"]),
                    Room(name: "Aula", kind: .forsamlingslokale, capacity: 100...200,
                         equipment: ["scene", "piano", "lydanlegg", "projektor", "stoler 100+"]),
                    Room(name: "Kantina", kind: .skolelokale, capacity: 60...120, equipment: ["kjøkken"]),
                    Room(name: "Musikkrommet", kind: .skolelokale, capacity: 20...30, equipment: ["piano"]),
                    Room(name: "Klasserom 1", kind: .skolelokale, capacity: 25...30,
                         equipment: ["projektor", "whiteboard"]),
                    Room(name: "Klasserom 2", kind: .skolelokale, capacity: 25...30, equipment: ["storskjerm"]),
                    Room(name: "Personalrommet", kind: .moterom, capacity: 15...30, equipment: ["kjøkken"]),
                    Room(name: "Klasserom 3", kind: .skolelokale, capacity: 25...30, equipment: ["whiteboard"])]
        case .idrettshall:
            return [Room(name: "Flerbrukshall A", kind: .idrettshall, capacity: 150...500,
                         equipment: ["garderobe", "lydanlegg"]),
                    Room(name: "Flerbrukshall B", kind: .idrettshall, capacity: 100...300, equipment: ["garderobe"]),
                    Room(name: "Klubbrommet", kind: .moterom, capacity: 12...30, equipment: ["kjøkken", "storskjerm"]),
                    Room(name: "Flerbrukshall C", kind: .idrettshall, capacity: 100...200, equipment: ["garderobe"]),
                    Room(name: "Styrkerommet", kind: .gymsal, capacity: 15...30, equipment: ["garderobe"]),
                    Room(name: "Møterom", kind: .moterom, capacity: 8...16, equipment: ["projektor"])]
        case .kulturhus:
            return [Room(name: "Store sal", kind: .forsamlingslokale, capacity: 150...200,
                         equipment: ["scene", "lydanlegg", "piano", "projektor", "garderobe", "stoler 100+"]),
                    Room(name: "Lille sal", kind: .forsamlingslokale, capacity: 50...100,
                         equipment: ["scene", "lydanlegg"]),
                    Room(name: "Øvingsrom 1", kind: .moterom, capacity: 8...20, equipment: ["piano"]),
                    Room(name: "Øvingsrom 2", kind: .moterom, capacity: 8...20, equipment: ["lydanlegg"]),
                    Room(name: "Foajeen", kind: .forsamlingslokale, capacity: 60...150, equipment: ["kjøkken"])]
        case .uteomrade:
            return [Room(name: "Hele området", kind: .uteomrade, capacity: 500...3000,
                         equipment: ["scene", "lydanlegg"]),
                    Room(name: "Paviljongen", kind: .uteomrade, capacity: 100...400, equipment: [])]
        }
    }

    /// Opening hours by site kind (schools only after school hours).
    static func openingHours(for kind: SiteKind) -> OpeningHours {
        func span(_ a: Int, _ b: Int) -> [OpeningHours.Interval] {
            [OpeningHours.Interval(start: CivilTime(hour: a)!, end: CivilTime(hour: b)!)]
        }
        func week(_ weekday: [OpeningHours.Interval], _ sat: [OpeningHours.Interval],
                  _ sun: [OpeningHours.Interval]) -> OpeningHours {
            OpeningHours(days: Array(repeating: weekday, count: 5) + [sat, sun])
        }
        switch kind {
        case .skole: return week(span(16, 22), span(9, 20), span(9, 20))
        case .knutepunkt: return week(span(8, 21), span(10, 18), [])
        case .frivilligsentral: return week(span(9, 21), span(10, 16), [])
        case .bibliotek: return week(span(10, 20), span(10, 16), [])
        case .idrettshall: return week(span(7, 23), span(7, 23), span(7, 23))
        case .kulturhus: return week(span(10, 23), span(10, 23), span(12, 20))
        case .uteomrade: return week(span(8, 23), span(8, 23), span(8, 23))
        }
    }

    /// Extra sites for scales above the reference set: more schools, halls,
    /// parks and community houses, named after local places.
    static let extraSiteKinds: [(suffix: String, kind: SiteKind)] = [
        ("skole", .skole), ("ungdomsskole", .skole), ("flerbrukshall", .idrettshall),
        ("barneskole", .skole), ("samfunnshus", .kulturhus), ("park", .uteomrade), ("idrettshus", .idrettshall),
        ("bibliotek", .bibliotek), ("frivilligsentral", .frivilligsentral),
    ]
}
