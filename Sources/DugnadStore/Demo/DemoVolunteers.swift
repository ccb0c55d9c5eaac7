import DugnadCore

/// Volunteers: ages from 15 to the mid-eighties (minors with parental
/// consent recorded), languages that fit their names, and skills that fit
/// their age and languages.
enum DemoVolunteers {
    static func generate(count: Int, firstID: RowID, today: CivilDate, rng: inout DemoRandom) -> [DemoVolunteerRow] {
        let skills = ReferenceData.skills
        var result: [DemoVolunteerRow] = []
        for i in 0..<count {
            let person = DemoPeople.person(&rng)
            let age = rng.pick([(15...17, 5.0), (18...29, 15.0), (30...49, 22.0), (50...66, 26.0), (67...85, 32.0)])
            let years = rng.int(age)
            let birthYear = today.year - years
            var languages = ["nb"]
            if let own = person.language { languages.append(own) }
            if years < 60 && rng.chance(0.5) || (person.language != nil && rng.chance(0.3)) { languages.append("en") }

            // Skills lean on age and languages; one to four of them.
            var weights = skills.map { _ in 1.0 }
            func boost(_ name: String, _ factor: Double) {
                if let index = skills.firstIndex(of: name) { weights[index] *= factor }
            }
            if years < 30 { ["leksehjelp", "idrettstrener", "barnepass", "digital hjelp", "arrangement"].forEach { boost($0, 3) } }
            if years >= 60 { ["besøksvenn", "matlaging", "håndverk", "turleder", "språkkafé"].forEach { boost($0, 3) } }
            if person.language != nil { ["tolk", "norsktrening", "språkkafé"].forEach { boost($0, 4) } }
            if years < 18 { boost("sjåfør", 0); boost("tolk", 0.2) }
            var chosen: [String] = []
            for _ in 0..<rng.pick([(1, 3.0), (2, 4.0), (3, 2.0), (4, 1.0)]) {
                let index = rng.weightedIndex(weights)
                weights[index] = 0
                chosen.append(skills[index])
            }
            chosen = skills.filter(chosen.contains)          // vocabulary order

            let status: VolunteerStatus = rng.pick([(.active, 80), (.paused, 12), (.left, 8)])
            let volunteer = Volunteer(
                id: firstID + RowID(i), name: person.fullName, birthYear: birthYear,
                kommunedelID: rng.pick(ReferenceData.kommunedeler).id, phone: DemoPeople.mobile(&rng),
                email: rng.chance(0.9) ? "\(DemoPeople.handle(person))\(rng.int(1...99))@eksempel.no" : "",
                languages: languages, skills: chosen, maxHoursPerMonth: rng.pick([4, 6, 8, 10, 10, 12, 16, 20]),
                status: status, parentalConsent: years < 18, confidentialitySigned: rng.chance(0.55),
                introCourseDone: rng.chance(0.5))
            // Someone who withdrew consent to store their data is no longer active.
            let consent = status != .left || rng.chance(0.8)
            var row = DemoVolunteerRow(volunteer: volunteer, dataConsent: consent)
            DemoVolunteerDetails.fill(&row, age: years, today: today, rng: &rng)
            result.append(row)
        }
        return result
    }
}
