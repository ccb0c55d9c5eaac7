import DugnadCore

/// A demo organisation and, for generated ones, the pattern saying what it does.
struct DemoOrg: Sendable {
    var org: Organisation
    var pattern: DemoOrgPattern?
}

/// Generates the organisations: the seed's named ones first, then clubs from
/// the patterns, with unique names, unique valid organisation numbers and
/// umbrella membership matching the category.
enum DemoOrganisations {
    static func generate(count: Int, firstID: RowID, rng: inout DemoRandom) -> [DemoOrg] {
        var result: [DemoOrg] = []
        var usedNames = Set(ReferenceData.umbrellas.map { $0.name.lowercased() })
        var nextNumber: [String: Int] = [:]   // per fallback name: numbering goes on, never rescans
        var usedNumbers = Set<String>()
        var nextID = firstID

        func contact(_ rng: inout DemoRandom, slug: String) -> (String, String, String) {
            let person = DemoPeople.person(&rng)
            let email = rng.chance(0.4) ? "post@\(slug).eksempel.no" : "\(DemoPeople.handle(person))@eksempel.no"
            return (person.fullName, email, DemoPeople.mobile(&rng))
        }

        for named in ReferenceData.namedOrganisations where result.count < count {
            let name = named.name
            usedNames.insert(name.lowercased())
            let (person, email, phone) = contact(&rng, slug: DemoPeople.asciiFold(name))
            var org = Organisation(id: nextID, name: name,
                                   orgNumber: orgNumber(&rng, used: &usedNumbers),
                                   inFrivillighetsregisteret: true, category: named.category,
                                   kommunedelID: DemoPlaces.kommunedelID(named: named.kommunedel),
                                   contactName: person, email: email, phone: phone)
            org.umbrellaID = umbrella(for: named.category, rng: &rng)
            result.append(DemoOrg(org: org, pattern: nil))
            nextID += 1
        }

        while result.count < count {
            let pattern = DemoOrgPatterns.all[rng.weightedIndex(DemoOrgPatterns.weights)]
            let (name, kommunedelID) = uniqueName(pattern, used: &usedNames, nextNumber: &nextNumber, rng: &rng)
            let hasNumber = rng.chance(0.7)
            // Frivillighetsregisteret requires an organisation number: ~86 % of those
            // with one gives ~60 % overall.
            let registered = hasNumber && rng.chance(0.86)
            let (person, email, phone) = contact(&rng, slug: DemoPeople.asciiFold(name))
            let org = Organisation(id: nextID, name: name,
                                   orgNumber: hasNumber ? orgNumber(&rng, used: &usedNumbers) : nil,
                                   inFrivillighetsregisteret: registered, category: pattern.category,
                                   umbrellaID: umbrella(for: pattern.category, rng: &rng),
                                   kommunedelID: kommunedelID, contactName: person,
                                   email: rng.chance(0.93) ? email : "",
                                   phone: rng.chance(0.9) ? phone : "",
                                   active: rng.chance(0.97))
            result.append(DemoOrg(org: org, pattern: pattern))
            nextID += 1
        }
        return result
    }

    /// Idrett, kultur and friluftsliv clubs mostly belong to their umbrella.
    static func umbrella(for category: OrganisationCategory, rng: inout DemoRandom) -> RowID? {
        let id: RowID? = switch category {
        case .idrett: ReferenceData.umbrellas[0].id
        case .kultur: ReferenceData.umbrellas[1].id
        case .friluftsliv: ReferenceData.umbrellas[2].id
        default: nil
        }
        return id != nil && rng.chance(0.85) ? id : nil
    }

    /// A fresh name for the pattern; when place × pattern is used up (large
    /// scales) the place gets a qualifier ("Øvre Konnerud Vel"), then a number.
    private static func uniqueName(_ pattern: DemoOrgPattern, used: inout Set<String>, nextNumber: inout [String: Int],
                                   rng: inout DemoRandom) -> (String, RowID) {
        let qualifiers = ["Øvre", "Nedre", "Nordre", "Søndre", "Vestre", "Østre", "Indre", "Ytre"]
        for attempt in 0..<40 {
            let name: String, kommunedelID: RowID
            if pattern.template.contains("{n}") {
                name = pattern.template.replacingFirst("{n}", with: rng.pick(DemoOrgPatterns.nationalities))
                // Immigrant organisations cluster where many live (Fjell, Strømsø, Gulskogen).
                kommunedelID = rng.pick([(6, 3.0), (7, 3.0), (4, 2.0), (8, 1.0), (3, 1.0), (1, 1.0)])
            } else {
                let place = DemoPlaces.place(&rng)
                let qualified = attempt >= 12 ? rng.pick(qualifiers) + " " + place.name : place.name
                name = pattern.template.replacingFirst("{p}", with: qualified)
                kommunedelID = place.kommunedelID
            }
            if used.insert(name.lowercased()).inserted { return (name, kommunedelID) }
        }
        let base = pattern.template.replacingFirst("{p}", with: "Drammen")
            .replacingFirst("{n}", with: "Internasjonal")
        // Numbered from where the last fallback of this base stopped: linear at any scale.
        var n = nextNumber[base] ?? 2
        while !used.insert("\(base) \(n)".lowercased()).inserted { n += 1 }
        nextNumber[base] = n + 1
        return ("\(base) \(n)", DemoPlaces.town.kommunedelID)
    }

    /// A unique nine-digit number with a valid MOD11 check digit, starting
    /// with 8 or 9 like the numbers Enhetsregisteret gives associations.
    static func orgNumber(_ rng: inout DemoRandom, used: inout Set<String>) -> String {
        while true {
            var digits = [rng.chance(0.5) ? 8 : 9]
            for _ in 0..<7 { digits.append(rng.int(0...9)) }
            guard let check = OrganisationNumber.checkDigit(for: digits) else { continue }
            let text = (digits + [check]).map(String.init).joined()
            if used.insert(text).inserted { return text }
        }
    }
}

extension String {
    /// The template substitution, without Foundation.
    fileprivate func replacingFirst(_ token: String, with value: String) -> String {
        var copy = self
        if let range = copy.firstRange(of: token) { copy.replaceSubrange(range, with: value) }
        return copy
    }
}
