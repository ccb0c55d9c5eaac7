import DugnadCore
import GRDB

/// Monthly activities as real calendars keep them: one series each — "first Tuesday of the month",
/// "last Thursday" — at a library or frivilligsentral, with July off and a holiday that falls on the day as
/// exceptions, and now and then a cancelled meeting. Written through the store's own `insertSeries`, so
/// the occurrence rows and day counts the calendar reads are made as for a series staff create.
enum DemoMonthlySeries {
    struct Template {
        let title: String
        let category: ActivityCategory
        let audience: Audience
        let minutes: Int
        let start: Int   // minutes after midnight
        let description: String
    }

    static let templates: [Template] = [
        Template(title: "Seniortreff med foredrag", category: .sosialt, audience: .seniorer, minutes: 120, start: 660,
                 description: "Kaffe, vafler og et foredrag om lokalhistorie. Alle seniorer er velkomne."),
        Template(title: "Månedsmøte i velforeningen", category: .annet, audience: .voksne, minutes: 90, start: 1140,
                 description: "Åpent møte for beboerne: trafikk, dugnader og nærmiljøet."),
        Template(title: "Språkkafé for kvinner", category: .laering, audience: .voksne, minutes: 120, start: 1080,
                 description: "Norsktrening i en uformell ramme. Barnepass på stedet."),
        Template(title: "Reparasjonskafé", category: .sosialt, audience: .alle, minutes: 180, start: 660,
                 description: "Ta med det som er ødelagt – frivillige hjelper deg å reparere klær, sykler og elektronikk."),
        Template(title: "Familiesøndag", category: .kultur, audience: .barn, minutes: 120, start: 720,
                 description: "Eventyrstund, tegning og lek for barn med voksne."),
        Template(title: "Pårørendetreff", category: .helse, audience: .voksne, minutes: 90, start: 1080,
                 description: "Samtalegruppe for pårørende, ledet av frivillige med erfaring."),
    ]

    /// Makes `count` monthly series over the demo's window; returns how many were made.
    static func generate(_ db: Database, count: Int, window: DemoWindow, rng: inout DemoRandom) throws -> Int {
        let places = ReferenceData.sites.filter { $0.kind == .bibliotek || $0.kind == .frivilligsentral }
        guard !places.isEmpty else { return 0 }
        var made = 0
        for n in 0..<count {
            let template = templates[n % templates.count]
            let place = places[(n / templates.count + n) % places.count]
            // "First Tuesday", "third Wednesday", "last Thursday" … — Sundays only for the family day.
            let weekday = template.audience == .barn ? 7 : rng.int(1...5)
            let ordinal = rng.pick([1, 2, 3, -1])
            guard let rule = RecurrenceRule(pattern: .monthly(ordinal: ordinal, weekday: weekday),
                                            end: .until(window.last)) else { continue }
            let dates = rule.dates(first: window.first, from: window.first, through: window.last)
            guard let first = dates.first else { continue }
            var exceptions = Set<CivilDate>()
            for d in dates where d.month == 7 || window.isHoliday(d) || (d != first && rng.chance(0.05)) {
                exceptions.insert(d)
            }
            // The series begins on its first real date: the rule's own first occurrence.
            let template0 = Activity(
                title: template.title, organiser: place.name, category: template.category, audience: template.audience,
                kommunedelID: place.kommunedelID, venueID: nil,
                start: CivilDateTime(date: first, time: CivilTime(minutes: template.start)!),
                end: CivilDateTime(date: first, time: CivilTime(minutes: template.start + template.minutes)!),
                description: template.description, location: place.name)
            exceptions.remove(first)
            let series = ActivitySeries(uid: "", template: template0, rule: rule, exceptions: exceptions)
            _ = try AppDatabase.insertSeries(db, series, staff: "demo")
            made += 1
        }
        return made
    }
}
