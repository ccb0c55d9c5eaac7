import DugnadCore

/// The v7 details of a demo volunteer: when consent was given, weekly availability that fits their age
/// (working age: evenings and weekends; pensioners: daytime), the day a volunteer left, and politiattest
/// seen for about half of the adults who work with children or people with intellectual disabilities.
enum DemoVolunteerDetails {
    static let seenBy = ["kari.frivillig", "ola.koordinator", "anne.fjell", "per.svelvik"]

    static func fill(_ row: inout DemoVolunteerRow, age: Int, today: CivilDate, rng: inout DemoRandom) {
        var v = row.volunteer
        // The vocabulary's everyday words beside the older ones the generator picks from.
        for (has, also) in [("besøksvenn", "turvenn"), ("norsktrening", "språkvenn"), ("språkkafé", "språkvenn"),
                            ("matlaging", "kafévert"), ("digital hjelp", "IT-hjelp"), ("håndverk", "praktisk hjelp"),
                            ("sjåfør", "praktisk hjelp")] where v.skills.contains(has) && !v.skills.contains(also) && rng.chance(0.5) {
            v.skills.append(also)
        }
        let registered = today.adding(days: -rng.int(10...1500))
        if row.dataConsent { v.dataConsent = DataConsent(givenOn: registered, purpose: DataConsent.standardPurpose) }
        var a = WeeklyAvailability()
        let working = age >= 20 && age < 67
        for weekday in 1...7 {
            for part in DayPart.allCases {
                let p: Double = switch (working || age < 20, weekday >= 6, part) {
                case (true, false, .evening): 0.45
                case (true, false, _): age < 20 && part == .afternoon ? 0.45 : 0.05
                case (true, true, _): 0.3
                case (false, false, .evening): 0.15
                case (false, false, _): 0.5
                case (false, true, _): 0.15
                }
                if rng.chance(p) { a.set(weekday: weekday, part: part) }
            }
        }
        // A few never said when they can (the score then neither helps nor hurts).
        v.availability = rng.chance(0.08) ? WeeklyAvailability() : a
        if v.status == .left { v.leftOn = today.adding(days: -rng.int(20...900)) }
        if age >= 18 && v.skills.contains(where: ["leksehjelp", "barnepass", "idrettstrener", "arrangement", "musikk",
                                                  "besøksvenn", "turleder"].contains) {
            if rng.chance(0.55) {
                row.politiattester.append(PolitiattestSeen(kind: .children, seenOn: registered.adding(days: rng.int(5...60)),
                                                           seenBy: rng.pick(seenBy)))
            }
            if rng.chance(0.2) {
                row.politiattester.append(PolitiattestSeen(kind: .intellectualDisabilities,
                                                           seenOn: registered.adding(days: rng.int(5...90)),
                                                           seenBy: rng.pick(seenBy)))
            }
            row.politiattester = row.politiattester.filter { $0.seenOn <= today }
        }
        row.volunteer = v
    }
}
