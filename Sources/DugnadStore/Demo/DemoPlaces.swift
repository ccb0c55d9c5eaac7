import DugnadCore

/// Local place names of Drammen kommune and the kommunedel each lies in, so
/// a club called "Konnerud IL" is placed in Konnerud and books venues there.
enum DemoPlaces {
    struct Place: Sendable {
        let name: String
        let kommunedelID: RowID
        init(name: String, kommunedel: String) {
            self.name = name
            kommunedelID = ReferenceData.kommunedeler.first { $0.name == kommunedel }!.id
        }
    }

    static let places: [Place] = [
        ("Mjøndalen", "Mjøndalen/Åsen"), ("Åsen", "Mjøndalen/Åsen"), ("Steinberg", "Mjøndalen/Åsen"),
        ("Hagatjern", "Mjøndalen/Åsen"),
        ("Krokstadelva", "Krokstadelva/Stenseth"), ("Stenseth", "Krokstadelva/Stenseth"),
        ("Bakke", "Krokstadelva/Stenseth"), ("Nedre Eiker", "Krokstadelva/Stenseth"),
        ("Åssiden", "Åssiden/Solbergelva"), ("Solbergelva", "Åssiden/Solbergelva"),
        ("Solberg", "Åssiden/Solbergelva"), ("Gulskogen", "Gulskogen"), ("Rødskog", "Gulskogen"),
        ("Pukerud", "Gulskogen"), ("Konnerud", "Konnerud"), ("Vestre Konnerud", "Konnerud"),
        ("Skoger", "Skoger/Åskollen"), ("Åskollen", "Skoger/Åskollen"), ("Vestre Skoger", "Skoger/Åskollen"),
        ("Fjell", "Fjell/Danvik"), ("Danvik", "Fjell/Danvik"), ("Austad", "Fjell/Danvik"),
        ("Strømsø", "Strømsø/Tangen"), ("Tangen", "Strømsø/Tangen"), ("Marienlyst", "Strømsø/Tangen"),
        ("Grønland", "Strømsø/Tangen"), ("Bragernes", "Bragernes/Øren"), ("Øren", "Bragernes/Øren"),
        ("Brandenga", "Bragernes/Øren"), ("Landfalløya", "Bragernes/Øren"), ("Svelvik", "Svelvik/Berger"),
        ("Berger", "Svelvik/Berger"), ("Ebbestad", "Svelvik/Berger"), ("Tangenåsen", "Strømsø/Tangen"),
    ].map { Place(name: $0.0, kommunedel: $0.1) }

    static func kommunedelID(named name: String) -> RowID {
        ReferenceData.kommunedeler.first { $0.name == name }!.id
    }

    /// "Drammen" is the whole town: organisations named after it sit centrally.
    static let town = Place(name: "Drammen", kommunedel: "Bragernes/Øren")

    static func place(_ rng: inout DemoRandom, townShare: Double = 0.15) -> Place {
        rng.chance(townShare) ? town : rng.pick(places)
    }

    /// Places in one kommunedel, e.g. for naming a school in it.
    static func places(in kommunedelID: RowID) -> [Place] {
        places.filter { $0.kommunedelID == kommunedelID }
    }
}
