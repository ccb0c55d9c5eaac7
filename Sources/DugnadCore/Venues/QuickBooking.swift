/// The front desk's one line for a free room, words in any order and in
/// either language: `tor 18-20 20 Fjell`, `i morgen 10-12 8 pers møterom
/// Strømsø`, `26.11 17:30-19 idrettshall Konnerud trinnfritt`. The day and
/// time read as quick add reads them (`QuickAdd`, `DateInput`); a bare number
/// is the people; kind, step-free and place words are recognised; what is
/// left over becomes the booking's purpose.
public struct QuickBooking: Sendable, Hashable {
    public var date: CivilDate
    public var start: CivilTime
    public var end: CivilTime
    public var attendees: Int?
    public var kind: VenueKind?
    public var stepFree: Bool
    /// The place named: a site (nearest) or a kommunedel.
    public var siteID: RowID?
    public var kommunedelID: RowID?
    /// Words that were neither day, time, people, kind nor place.
    public var purpose: String

    public enum Problem: Sendable, Equatable, Error {
        case empty
        case missingTime
        case badTimeRange(String)
    }

    public init(date: CivilDate, start: CivilTime, end: CivilTime, attendees: Int? = nil, kind: VenueKind? = nil,
                stepFree: Bool = false, siteID: RowID? = nil, kommunedelID: RowID? = nil, purpose: String = "") {
        self.date = date; self.start = start; self.end = end; self.attendees = attendees; self.kind = kind
        self.stepFree = stepFree; self.siteID = siteID; self.kommunedelID = kommunedelID; self.purpose = purpose
    }

    public static func parse(_ line: String, today: CivilDate, kommunedeler: [Kommunedel], sites: [Site])
        -> Result<QuickBooking, Problem> {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        guard !words.isEmpty else { return .failure(.empty) }
        var date: CivilDate?, range: (CivilTime, CivilTime)?, attendees: Int?, kind: VenueKind?
        var stepFree = false
        var rest: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i], lower = w.lowercased()
            defer { i += 1 }
            if date == nil, i + 1 < words.count, lower == "i",
               let d = DateInput.parseDate(w + " " + words[i + 1], today: today) {
                date = d
                words.remove(at: i + 1)
                continue
            }
            if date == nil, let d = QuickAdd.weekday(lower).map({ QuickAdd.nextWeekday($0, from: today) })
                ?? (w.contains("-") && !w.hasPrefix("-") || w.contains(":") ? nil : DateInput.parseDate(w, today: today)) {
                date = d
                continue
            }
            if range == nil, w.first?.isNumber == true, w.contains("-") || w.contains(":") {
                guard let r = QuickAdd.timeRange(w) else { return .failure(.badTimeRange(w)) }
                range = r
                continue
            }
            if attendees == nil, let n = Int(w), (1...10_000).contains(n) {
                attendees = n
                continue
            }
            if let k = kindWords[lower] { kind = k; continue }
            if stepFreeWords.contains(lower) { stepFree = true; continue }
            if fillerWords.contains(lower) { continue }
            rest.append(w)
        }
        guard let r = range else { return .failure(.missingTime) }
        let (start, end) = r
        var result = QuickBooking(date: date ?? today, start: start, end: end, attendees: attendees, kind: kind,
                                  stepFree: stepFree)
        // Place words: the longest run that names a site, else a kommunedel.
        var purpose: [String] = []
        for w in rest {
            let needle = fold(w)
            guard needle.count >= 3 else { purpose.append(w); continue }
            if result.kommunedelID == nil, let k = kommunedeler.first(where: { names(fold($0.name)).contains { $0.hasPrefix(needle) } }) {
                result.kommunedelID = k.id
            } else if result.siteID == nil, let s = sites.first(where: { names(fold($0.name)).contains { $0.hasPrefix(needle) } }) {
                result.siteID = s.id
            } else {
                purpose.append(w)
            }
        }
        if result.kommunedelID == nil, let site = result.siteID {
            result.kommunedelID = sites.first { $0.id == site }?.kommunedelID
        }
        result.purpose = purpose.joined(separator: " ")
        return .success(result)
    }

    /// The free-slot question for exactly that time on that day (kind and
    /// step-free narrow; place and size rank, so a near miss still shows).
    public var query: FreeSlotQuery {
        var filter = VenueFilter()
        filter.kind = kind
        filter.stepFree = stepFree
        filter.minimumCapacity = attendees
        let endMinutes = end == .endOfDay ? 1440 : end.minutes
        return FreeSlotQuery(filter: filter, from: date, through: date, windowStart: start.minutes,
                             windowEnd: endMinutes, duration: endMinutes - start.minutes)
    }

    /// Free rooms best first: the named site, then its kommunedel, then the
    /// rest; enough seats but not far too many (up to twice the people fits
    /// best); then the price; then the name.
    public func rank(_ slots: [FreeSlot], price: (Venue) -> Money) -> [FreeSlot] {
        func place(_ v: Venue) -> Int {
            if siteID == nil && kommunedelID == nil { return 0 }
            if let s = siteID, v.siteID == s { return 0 }
            if let k = kommunedelID, v.kommunedelID == k { return 1 }
            return 2
        }
        func oversize(_ v: Venue) -> Int {
            guard let n = attendees, n > 0 else { return 0 }
            if v.capacity < n { return 9 }
            return v.capacity <= 2 * n ? 0 : v.capacity <= 4 * n ? 1 : v.capacity <= 10 * n ? 2 : 3
        }
        return slots.map { ($0, place($0.venue), oversize($0.venue), price($0.venue).ore) }
            .sorted { a, b in
                (a.1, a.2, a.3, a.0.venue.capacity, a.0.venue.name) < (b.1, b.2, b.3, b.0.venue.capacity, b.0.venue.name)
            }
            .map(\.0)
    }

    /// The words of a name ("Fjell/Danvik" → fjell, danvik).
    static func names(_ folded: String) -> [Substring] {
        folded.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "-" })
    }

    static func fold(_ s: String) -> String {
        let plain: [Character: Character] = ["æ": "e", "ø": "o", "å": "a", "é": "e"]
        return String(s.lowercased().map { plain[$0] ?? $0 })
    }

    static let kindWords: [String: VenueKind] = [
        "møterom": .moterom, "moterom": .moterom, "meeting": .moterom, "meetingroom": .moterom,
        "idrettshall": .idrettshall, "hall": .idrettshall, "sportshall": .idrettshall, "flerbrukshall": .idrettshall,
        "gymsal": .gymsal, "gym": .gymsal, "skolelokale": .skolelokale, "klasserom": .skolelokale, "classroom": .skolelokale,
        "forsamlingslokale": .forsamlingslokale, "storsal": .forsamlingslokale, "selskapslokale": .forsamlingslokale,
        "bibliotek": .bibliotek, "library": .bibliotek, "frivilligsentral": .frivilligsentral,
        "ute": .uteomrade, "uteområde": .uteomrade, "outdoor": .uteomrade, "outdoors": .uteomrade,
    ]
    static let stepFreeWords: Set<String> = ["trinnfri", "trinnfritt", "rullestol", "universell", "step-free",
                                             "stepfree", "wheelchair", "accessible"]
    static let fillerWords: Set<String> = ["pers", "pers.", "personer", "person", "people", "persons", "for", "i", "på",
                                           "ved", "nær", "near", "in", "at", "kl", "kl.", "rom", "room", "til", "to",
                                           "fra", "from", "om", "on"]
}
