import DugnadCore
import TerminalKit

/// The Calendar pane's forms, built on the shared form framework.
enum CalendarForms {
    static func label(_ f: ActivityField) -> Phrase { .calendar(.field(f)) }

    static func choices<T: RawRepresentable>(_ all: [T], _ text: (T) -> Phrase, _ language: Language) -> [Choice]
        where T.RawValue == String {
        all.map { Choice(value: $0.rawValue, label: text($0).text(language)) }
    }

    /// New (nil), a one-off, or a series opened from one of its occurrences.
    static func activity(_ a: Activity?, series: ActivitySeries?, pane: CalendarScope) -> FormState {
        let lang = pane.language
        let t = series?.template ?? a ?? Activity(title: "", organiser: "", category: .sosialt, audience: .alle, kommunedelID: nil,
                                                  venueID: nil, start: CivilDateTime(date: pane.state.day, time: CivilTime(hour: 18)!),
                                                  end: CivilDateTime(date: pane.state.day, time: CivilTime(hour: 20)!))
        let date = a?.start.date ?? t.start.date
        let none = Choice(value: "", label: Phrase.none.text(lang))
        let districts = [none] + pane.lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        let venues = [none] + pane.lookup.venueNames.sorted { $0.value < $1.value }.map { Choice(value: String($0.key), label: $0.value) }
        var repeatChoice = RepeatChoice.none, extraDays = "", until = "", count = ""
        if let rule = series?.rule {
            switch rule.pattern {
            case .weekly(let days):
                repeatChoice = rule.interval == 2 ? .biweekly : .weekly
                extraDays = days.filter { $0 != t.start.date.weekday }.map { QuickAddNames.short($0, lang) }.joined(separator: " ")
            case .monthly(let o, _): repeatChoice = o == -1 ? .monthlyLast : .monthlyNth
            }
            switch rule.end {
            case .never: break
            case .until(let d): until = d.norwegian
            case .count(let n): count = String(n)
            }
        }
        var fields = [
            Field(key: ActivityFormField.title, label: label(.title), kind: .text(maxLength: 120), required: true, text: t.title),
            Field(key: ActivityFormField.organiser, label: label(.organiser), kind: .text(maxLength: 120), text: t.organiser),
            Field(key: ActivityFormField.category, label: label(.category), kind: .choice(choices(ActivityCategory.allCases, { .activityCategory($0) }, lang)),
                  value: t.category.rawValue),
            Field(key: ActivityFormField.audience, label: label(.audience), kind: .choice(choices(Audience.allCases, { .audience($0) }, lang)),
                  value: t.audience.rawValue),
            Field(key: ActivityFormField.kommunedel, label: label(.kommunedel), kind: .picker(districts), value: t.kommunedelID.map { String($0) } ?? ""),
            Field(key: ActivityFormField.venue, label: label(.venue), kind: .picker(venues), value: t.venueID.map { String($0) } ?? ""),
            Field(key: ActivityFormField.date, label: label(.date), kind: .date, required: true, text: date.norwegian),
            Field(key: ActivityFormField.start, label: label(.start), kind: .time, text: t.allDay ? "" : t.start.time.text),
            Field(key: ActivityFormField.end, label: label(.end), kind: .time, text: t.allDay ? "" : (t.end.time.minutes == 0 ? "24:00" : t.end.time.text)),
            Field(key: ActivityFormField.allDay, label: label(.allDay), kind: .toggle, value: t.allDay ? "1" : "0"),
            Field(key: ActivityFormField.repeats, label: label(.repeats), kind: .choice(choices(RepeatChoice.allCases, { .calendar(.repeatChoice($0)) }, lang)),
                  value: repeatChoice.rawValue),
            Field(key: ActivityFormField.weekdays, label: label(.weekdays), kind: .text(maxLength: 40), text: extraDays),
            Field(key: ActivityFormField.until, label: label(.until), kind: .date, text: until),
            Field(key: ActivityFormField.count, label: label(.count), kind: .number(range: 1...RecurrenceRule.maximumCount), text: count),
            Field(key: ActivityFormField.free, label: label(.free), kind: .toggle, value: t.free ? "1" : "0"),
        ] + detailFields(t, lang) + [
            Field(key: ActivityFormField.description, label: label(.description), kind: .text(maxLength: 500), text: t.description),
        ]
        if series != nil {
            fields.append(Field(key: ActivityFormField.scope, label: label(.scope),
                                kind: .choice(choices(SeriesScope.allCases, { .calendar(.scope($0)) }, lang)),
                                value: SeriesScope.thisDate.rawValue))
        }
        let purpose = CalendarFormPurpose.activity(id: series == nil ? (a?.id ?? 0) : 0, seriesID: series?.id,
                                                   occurrence: series == nil ? nil : date)
        return FormState(purpose: .calendar(purpose),
                         title: a == nil ? .calendar(.newActivity) : .calendar(.editActivity(t.title)), fields: fields)
    }

    /// The schema-4 details. Capacity and ages accept 0 here so the core's
    /// own rule (capacity ≥ 1, from ≤ to) gives the message, not the range check.
    static func detailFields(_ t: Activity, _ lang: Language) -> [Field] {
        let d = t.details
        return [
            Field(key: ActivityFormField.priceAmount, label: label(.priceAmount), kind: .text(maxLength: 20),
                  text: t.free || d.price.ore == 0 ? "" : d.price.formatted),
            Field(key: ActivityFormField.signUp, label: label(.signUp), kind: .toggle, value: d.signUpRequired ? "1" : "0"),
            Field(key: ActivityFormField.capacity, label: label(.capacity), kind: .number(range: 0...100_000), text: d.capacity.map { String($0) } ?? ""),
            Field(key: ActivityFormField.status, label: label(.status),
                  kind: .choice(choices(ActivityStatus.allCases, { .calendar(.details(.status($0))) }, lang)), value: d.status.rawValue),
            Field(key: ActivityFormField.ageMin, label: label(.ageMin), kind: .number(range: 0...120), text: d.ageMin.map { String($0) } ?? ""),
            Field(key: ActivityFormField.ageMax, label: label(.ageMax), kind: .number(range: 0...120), text: d.ageMax.map { String($0) } ?? ""),
            Field(key: ActivityFormField.languages, label: label(.languages), kind: .text(maxLength: 120), text: d.languages.joined(separator: ", ")),
            Field(key: ActivityFormField.contact, label: label(.contact), kind: .text(maxLength: 120), text: d.contact),
            Field(key: ActivityFormField.accessibility, label: label(.accessibility), kind: .text(maxLength: 300), text: d.accessibility),
        ]
    }

    static func quickAdd(_ pane: CalendarScope) -> FormState {
        FormState(purpose: .calendar(.quickAdd), title: .calendar(.quickAddTitle),
                  fields: [Field(key: ActivityFormField.line, label: label(.line), kind: .text(maxLength: 200), required: true)])
    }

    static func goToDate(_ pane: CalendarScope) -> FormState {
        FormState(purpose: .calendar(.goToDate), title: .calendar(.goToDateTitle),
                  fields: [Field(key: ActivityFormField.date, label: label(.date), kind: .date, required: true)])
    }

    static func endSeries(id: RowID, title: String, from: CivilDate, pane: CalendarScope) -> FormState {
        FormState(purpose: .calendar(.endSeries(id: id, title: title)), title: .calendar(.endSeriesTitle(title)),
                  fields: [Field(key: ActivityFormField.date, label: label(.date), kind: .date, required: true, text: from.norwegian)])
    }

    static func export(_ pane: CalendarScope) -> FormState {
        let r = pane.state.range
        return FormState(purpose: .calendar(.export), title: .calendar(.exportTitle),
                         fields: [Field(key: ActivityFormField.path, label: label(.path), kind: .text(maxLength: 240), required: true,
                                        text: "dugnad-kalender-\(r.from.iso).ics")])
    }

    static func filter(_ pane: CalendarScope) -> FormState {
        let lang = pane.language
        let f = pane.state.filter
        let all = Choice(value: "", label: Phrase.calendar(.all).text(lang))
        let districts = [all] + pane.lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        let ids = f.kommunedelIDs.sorted()
        return FormState(purpose: .calendar(.filter), title: .calendar(.filterTitle), fields: [
            Field(key: ActivityFormField.kommunedel, label: label(.kommunedel), kind: .picker(districts), value: ids.first.map { String($0) } ?? ""),
            Field(key: ActivityFormField.kommunedel2, label: label(.kommunedel2), kind: .picker(districts),
                  value: ids.dropFirst().first.map { String($0) } ?? ""),
            Field(key: ActivityFormField.audience, label: label(.audience), kind: .choice([all] + choices(Audience.allCases, { .audience($0) }, lang)),
                  value: f.audiences.first?.rawValue ?? ""),
            Field(key: ActivityFormField.category, label: label(.category),
                  kind: .choice([all] + choices(ActivityCategory.allCases, { .activityCategory($0) }, lang)),
                  value: f.categories.first?.rawValue ?? ""),
            Field(key: ActivityFormField.organiser, label: label(.organiserFilter), kind: .text(maxLength: 80), text: f.organiser),
            Field(key: ActivityFormField.price, label: label(.price),
                  kind: .choice(choices(CalendarFilter.Price.allCases, { .calendar(.priceChoice($0)) }, lang)), value: f.price.rawValue),
            Field(key: ActivityFormField.text, label: label(.text), kind: .text(maxLength: 80), text: pane.state.query),
        ])
    }
}

/// Weekday names typed in the form's "also on weekdays" field.
enum QuickAddNames {
    static func short(_ weekday: Int, _ language: Language) -> String {
        (language == .nb ? ["man", "tir", "ons", "tor", "fre", "lør", "søn"] : ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])[weekday - 1]
    }

    /// "man ons" / "mon,wed" → ISO weekdays; nil when a word is not a weekday.
    static func weekdays(_ text: String) -> [Int]? {
        var days: [Int] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let w = word.lowercased()
            let nb = ["man", "tir", "ons", "tor", "fre", "lør", "søn"], en = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            guard let i = nb.firstIndex(where: { w.hasPrefix($0) }) ?? en.firstIndex(where: { w.hasPrefix($0) }) else { return nil }
            days.append(i + 1)
        }
        return days
    }
}
