import DugnadCore

/// The booking form's repeat section read as a weekly series: weekdays
/// typed as words ("ti to", "man ons", "tue thu") or digits 1–7, every n
/// weeks, until a date or for a number of times.
enum SeriesInput {
    /// What the section says: no repeat, a series, or which field is wrong.
    enum Reading: Equatable {
        case single
        case series(WeeklySeries, SeriesSkip)
        case invalid(field: SeriesField, Phrase)
    }

    static let names: [(String, Int)] = [
        ("ma", 1), ("ti", 2), ("on", 3), ("to", 4), ("fr", 5), ("lø", 6), ("sø", 7),
        ("mo", 1), ("tu", 2), ("we", 3), ("th", 4), ("sa", 6), ("su", 7),
    ]

    /// A weekday as the repeat field takes it ("tor", "thu").
    static func name(ofWeekday weekday: Int, _ language: Language) -> String {
        let names = language == .nb ? ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
                                    : ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        return names[(weekday - 1) % 7]
    }

    /// ISO weekdays from words or digits; nil when any word is not a weekday.
    static func weekdays(_ text: String) -> Set<Int>? {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "." || $0 == "/" }
        guard !words.isEmpty else { return nil }
        var days = Set<Int>()
        for word in words {
            if let n = Int(word), (1...7).contains(n) { days.insert(n); continue }
            guard word.count >= 2, let day = names.first(where: { word.hasPrefix($0.0) })?.1 else { return nil }
            days.insert(day)
        }
        return days
    }

    static func reading(_ form: FormState, firstDate: CivilDate, today: CivilDate) -> Reading {
        let typed = form.value(SeriesField.weekdays).trimmingWhitespace()
        guard !typed.isEmpty else { return .single }
        guard let days = weekdays(typed) else { return .invalid(field: SeriesField.weekdays, .venues(.series(.badWeekdays))) }
        let interval = max(1, Int(form.value(SeriesField.every)) ?? 1)
        let limit = form.value(SeriesField.until).trimmingWhitespace()
        var series = WeeklySeries(firstDate: firstDate, weekdays: days, interval: interval)
        if let n = Int(limit), n > 0 {
            series.count = n
        } else if let date = DateInput.parseDate(limit, today: today), date >= firstDate {
            series.until = date
        } else {
            return .invalid(field: SeriesField.until, .venues(.series(.badUntil)))
        }
        let skip = SeriesSkip(rawValue: form.value(SeriesField.skip)) ?? .holidays
        return .series(series, skip)
    }

    /// The repeat section's fields, appended to the booking form.
    static func fields(weekday: Int, language: Language) -> [Field] {
        [
            Field(key: SeriesField.weekdays, label: .venues(.series(.repeatOn)), kind: .text(maxLength: 30)),
            Field(key: SeriesField.every, label: .venues(.series(.every)), kind: .number(range: 1...52), text: "1"),
            Field(key: SeriesField.until, label: .venues(.series(.untilOrCount)), kind: .text(maxLength: 10)),
            Field(key: SeriesField.skip, label: .venues(.series(.skip)),
                  kind: .choice(SeriesSkip.allCases.map { Choice(value: $0.rawValue, label: Phrase.venues(.series(.skipChoice($0))).text(language)) }),
                  value: SeriesSkip.holidays.rawValue),
        ]
    }

    /// The preview under the fields: a summary, the free dates, and every
    /// skipped or refusing date with its reason.
    /// `repeating`: the occurrences follow an existing booking (the repeat
    /// form), which the summary counts as the series' first time.
    static func notes(_ occurrences: [SeriesOccurrence], skip: SeriesSkip, repeating: Bool = false) -> [FormNote] {
        let skipped = occurrences.filter { $0.isSkipped(skipConflicts: skip.skipsConflicts, skipHolidays: skip.skipsHolidays) }
        let refused = occurrences.filter { !$0.conflicts.isEmpty && !skipped.contains($0) }.count
        let booked = occurrences.count - skipped.count - refused
        let summary: SeriesPhrase = repeating
            ? .repeatSummary(total: occurrences.count + 1, booked: booked, skipped: skipped.count)
            : .summary(total: occurrences.count, booked: booked, skipped: skipped.count)
        var notes = [FormNote(.venues(.series(summary)), isError: refused > 0)]
        // What stops the series first, then what is skipped, then the free
        // dates: a small screen clips from the bottom.
        let free = occurrences.filter { $0.conflicts.isEmpty && !skipped.contains($0) }.map(\.date)
        for o in occurrences where !o.conflicts.isEmpty || o.isHoliday {
            let isSkipped = skipped.contains(o)
            guard isSkipped || !o.conflicts.isEmpty else { continue }
            let reason = isSkipped && o.isHoliday && skip.skipsHolidays ? nil : o.conflicts.first
            notes.append(FormNote(isSkipped ? .venues(.series(.occurrenceSkipped(o.date, reason: reason)))
                                            : .venues(.series(.occurrenceRefused(o.date, reason: reason))), isError: !isSkipped))
        }
        notes.sort { $0.isError && !$1.isError }
        if !free.isEmpty { notes.append(FormNote(.venues(.series(.occurrenceFree(free))))) }
        return notes
    }
}
