import DugnadCore

/// One-off bookings: when in the day they fall, how long they last, and who
/// books them for what — weekday evenings for clubs, weekend afternoons for
/// birthday parties, markets and concerts.
enum DemoAdHoc {
    /// How much one-off use a kind of venue sees per open day, relative to the others.
    static func kindWeight(_ kind: VenueKind) -> Double {
        switch kind {
        case .moterom: 1.0
        case .forsamlingslokale: 1.0
        case .skolelokale: 0.6
        case .gymsal: 0.6
        case .idrettshall: 0.8
        case .frivilligsentral: 0.9
        case .bibliotek: 0.6
        case .uteomrade: 0.15
        }
    }

    /// Weekday evenings busy, daytime quieter, Saturday busier than Sunday.
    static func dayWeight(_ weekday: Int) -> Double {
        switch weekday {
        case 1...4: 1.0
        case 5: 0.7
        case 6: 0.9
        default: 0.6
        }
    }

    /// Candidate start minutes with weights, for one venue and weekday.
    static func startProfile(_ venue: Venue, weekday: Int) -> [(Int, Double)] {
        var result: [(Int, Double)] = []
        let slot = venue.slotMinutes
        for interval in venue.openingHours.intervals(on: weekday) {
            var t = interval.start.minutes
            while t + slot <= interval.end.minutes {
                let hour = t / 60
                let weight: Double
                if weekday >= 6 {
                    weight = (10..<16).contains(hour) ? 1.2 : (16..<20).contains(hour) ? 0.7 : 0.2
                } else {
                    weight = (17..<21).contains(hour) ? 1.5 : hour == 16 ? 0.6 : hour >= 21 ? 0.2 : 0.3
                }
                // Round hours and half hours are what people book.
                result.append((t, t % 60 == 0 ? weight : t % 30 == 0 ? weight * 0.5 : weight * 0.1))
                t += slot
            }
        }
        return result
    }

    static func duration(_ kind: VenueKind, privateBooking: Bool, rng: inout DemoRandom) -> Int {
        switch kind {
        case .uteomrade: return rng.pick([(180, 2.0), (240, 2.0), (360, 1.0), (480, 1.0)])
        case .forsamlingslokale where privateBooking: return rng.pick([(180, 1.0), (240, 3.0), (300, 2.0)])
        case .idrettshall, .gymsal: return rng.pick([(60, 3.0), (90, 2.0), (120, 2.0), (240, 0.5)])
        case .moterom: return rng.pick([(60, 2.0), (90, 3.0), (120, 3.0), (180, 1.0)])
        default: return rng.pick([(60, 1.0), (90, 2.0), (120, 3.0), (180, 2.0)])
        }
    }

    static func privateShare(_ kind: VenueKind, weekend: Bool) -> Double {
        let base: Double = switch kind {
        case .forsamlingslokale: 0.35
        case .gymsal: 0.25
        case .skolelokale: 0.2
        case .moterom, .frivilligsentral: 0.15
        case .bibliotek, .idrettshall, .uteomrade: 0.08
        }
        return weekend ? min(0.7, base * 1.8) : base
    }

    static func privatePurpose(_ kind: VenueKind, rng: inout DemoRandom) -> String {
        switch kind {
        case .moterom, .bibliotek:
            rng.pick(["Borettslagsmøte", "Sameiemøte", "Studiegruppe", "Selvhjelpsgruppe", "Slektsgranskning",
                      "Lesegruppe", "Møte i velforeningens styre", "Prosjektgruppe"])
        case .gymsal, .idrettshall:
            rng.pick(["Barnebursdag", "Barnebursdag", "Bedriftsidrett", "Innebandy med venner", "Fotball med venner",
                      "Klassefest"])
        case .uteomrade:
            rng.pick(["Bryllupsfotografering", "Innsamlingsaksjon", "Gatemusikk", "Stand"])
        default:
            rng.pick(["Bursdagsfeiring", "Barnebursdag", "Konfirmasjonsfeiring", "Minnestund", "Dåpsfeiring",
                      "Familiesammenkomst", "Jubileum", "Vennetreff", "Klassefest", "Bryllupsfest"])
        }
    }

    /// One-off public events an organisation holds, fitting the season.
    static func eventTitle(for org: DemoOrg, on date: CivilDate, kind: VenueKind, rng: inout DemoRandom) -> String {
        let category = org.org.category
        if kind == .uteomrade {
            return rng.pick(["Loppemarked", "Sommerfest", "Stand og verving", "Innsamlingsaksjon", "Konsert",
                             "Familiedag", "Åpen dag"])
        }
        if date.month == 12 || (date.month == 1 && date.day < 15) {
            return rng.pick(category == .kultur ? ["Julekonsert", "Juleforestilling"] : ["Juletrefest", "Julebasar",
                                                                                         "Julemarked"])
        }
        switch category {
        case .kultur:
            return rng.pick(date.month <= 6 ? ["Vårkonsert", "Forestilling", "Utstillingsåpning", "Kulturkveld"]
                                            : ["Høstkonsert", "Forestilling", "Utstillingsåpning", "Kulturkveld"])
        case .innvandrer: return rng.pick(["Kulturkveld", "Nasjonaldagsfeiring", "Mat fra hele verden", "Foredrag"])
        case .idrett: return rng.pick(["Cup", "Klubbdag", "Åpen trening", "Turneringsdag"])
        case .helseSosial, .humanitær: return rng.pick(["Foredrag", "Basar", "Åpent møte", "Kurs i førstehjelp"])
        case .nærmiljø: return rng.pick(["Loppemarked", "Nabolagsfest", "Åpent møte", "Sommeravslutning"])
        case .livssyn: return rng.pick(["Konsert", "Basar", "Familiegudstjeneste", "Kirkekaffe"])
        default: return rng.pick(["Foredrag", "Åpent møte", "Kurs", "Åpen dag"])
        }
    }
}
