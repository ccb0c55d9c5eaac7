import DugnadCore
import TerminalKit

// "Find a free slot" (`s` in the grid): a dialog, then the store's list of
// free venue/times nearest first in place of the grid; Enter opens the
// booking form prefilled with the chosen one.

/// The result list, while shown.
public struct FreeSlotListState: Sendable, Equatable {
    public var query: FreeSlotQuery
    public var slots: [FreeSlot] = []
    public var loaded = false
    public var selected = 0
    /// Set when the list answers a quick booking line: ranked by fit, Enter fills the form from it.
    public var quick: QuickBooking?
    public init(query: FreeSlotQuery) { self.query = query }
    public var selectedSlot: FreeSlot? { slots.indices.contains(selected) ? slots[selected] : nil }
}

enum FreeSlotForm {
    static func make(_ filter: VenueFilter, today: CivilDate, lookup: Lookup, language: Language) -> FormState {
        let any = Choice(value: "", label: Phrase.venues(.any).text(language))
        let kinds = [any] + VenueKind.allCases.map { Choice(value: $0.rawValue, label: Phrase.venueKind($0).text(language)) }
        let districts = [any] + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        let weekdays = [Choice(value: "", label: Phrase.venues(.freeSlot(.anyWeekday)).text(language))]
            + (1...7).map { Choice(value: String($0), label: Phrase.weekdayShort($0).text(language)) }
        let label = { (f: FreeSlotPhrase.Field) in Phrase.venues(.freeSlot(.field(f))) }
        let fields = [
            Field(key: FreeSlotField.capacity, label: .venues(.field(.minimumCapacity)), kind: .number(range: 1...10_000),
                  text: filter.minimumCapacity.map { String($0) } ?? ""),
            Field(key: FreeSlotField.kind, label: .venues(.field(.kind)), kind: .choice(kinds), value: filter.kind?.rawValue ?? ""),
            Field(key: FreeSlotField.kommunedel, label: .venues(.field(.kommunedel)), kind: .picker(districts),
                  value: filter.kommunedelID.map { String($0) } ?? ""),
            Field(key: FreeSlotField.from, label: label(.from), kind: .date, required: true, text: today.norwegian),
            Field(key: FreeSlotField.through, label: label(.through), kind: .date, required: true, text: today.adding(days: 13).norwegian),
            Field(key: FreeSlotField.weekday, label: label(.weekday), kind: .choice(weekdays), value: ""),
            Field(key: FreeSlotField.windowFrom, label: label(.windowFrom), kind: .time, required: true, text: "08:00"),
            Field(key: FreeSlotField.windowTo, label: label(.windowTo), kind: .time, required: true, text: "22:00"),
            Field(key: FreeSlotField.duration, label: label(.duration), kind: .number(range: 15...1440), required: true, text: "120"),
            Field(key: FreeSlotField.stepFree, label: .venues(.field(.stepFree)), kind: .toggle, value: filter.stepFree ? "1" : "0"),
        ]
        return FormState(purpose: .venues(.freeSlot), title: .venues(.freeSlot(.formTitle)), fields: fields)
    }

    /// The query the form describes, or the form marked where it is wrong
    /// (fields are already valid by kind).
    static func query(from form: inout FormState, today: CivilDate) -> FreeSlotQuery? {
        guard let from = DateInput.parseDate(form.value(FreeSlotField.from), today: today),
              let through = DateInput.parseDate(form.value(FreeSlotField.through), today: today),
              let start = DateInput.parseTime(form.value(FreeSlotField.windowFrom)),
              let end = DateInput.parseTime(form.value(FreeSlotField.windowTo)),
              let duration = Int(form.value(FreeSlotField.duration)) else { return nil }
        if through < from { form.setError(FreeSlotField.through, .venues(.freeSlot(.rangeBackwards))) }
        else if from.days(until: through) > 366 { form.setError(FreeSlotField.through, .venues(.freeSlot(.rangeTooLong))) }
        else if start.minutes + duration > end.minutes { form.setError(FreeSlotField.duration, .venues(.freeSlot(.windowTooShort))) }
        else {
            var filter = VenueFilter()
            filter.minimumCapacity = Int(form.value(FreeSlotField.capacity))
            filter.kind = VenueKind(rawValue: form.value(FreeSlotField.kind))
            filter.kommunedelID = RowID(form.value(FreeSlotField.kommunedel))
            filter.stepFree = form.value(FreeSlotField.stepFree) == "1"
            return FreeSlotQuery(filter: filter, from: from, through: through, weekday: Int(form.value(FreeSlotField.weekday)),
                                 windowStart: start.minutes, windowEnd: end.minutes, duration: duration)
        }
        form.focusFirstError()
        return nil
    }
}

/// Ctrl-S in the dialog: the search runs, the list shows in place of the grid.
func saveFreeSlotForm(_ pane: inout VenuesScope, _ form: FormState) -> [Command] {
    var form = form
    guard let query = FreeSlotForm.query(from: &form, today: pane.today) else {
        pane.form = form
        return []
    }
    pane.form = nil
    pane.state.freeSlots = FreeSlotListState(query: query)
    return [.venues(.findFreeSlots(query))]
}

/// The list's actions, from a key or the palette; nil leaves the action to the shared handling.
func freeSlotPerform(_ action: Action, _ pane: inout VenuesScope) -> [Command]? {
    guard var list = pane.state.freeSlots else { return nil }
    switch action {
    case .moveUp: list.selected = max(0, list.selected - 1)
    case .moveDown: list.selected = min(max(0, list.slots.count - 1), list.selected + 1)
    case .close, .findFreeSlot: pane.state.freeSlots = nil; return []
    case .open:
        guard let slot = list.selectedSlot else {
            pane.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        if let quick = list.quick { return openQuickBookingForm(&pane, slot, quick) }
        return openBookingForm(&pane, venue: slot.venue, start: slot.start, end: slot.end)
    default: return nil
    }
    pane.state.freeSlots = list
    return []
}

func freeSlotsFound(_ pane: inout VenuesScope, _ query: FreeSlotQuery, _ result: Result<[FreeSlot], AppError>) {
    guard var list = pane.state.freeSlots, list.query == query else { return }
    switch result {
    case .success(let slots):
        list.slots = list.quick.map { q in q.rank(slots) { quickPrices($0, q).other } } ?? slots
        list.loaded = true
        list.selected = 0
        pane.state.freeSlots = list
    case .failure(let error):
        pane.state.freeSlots = nil
        pane.message = StatusMessage(phrase(for: error), isError: true)
    }
}

func drawFreeSlots(into buffer: inout Buffer, _ list: FreeSlotListState, _ pane: VenuesScope, _ theme: Theme) {
    let layout = pane.paneLayout
    buffer.fill(layout.title, style: theme.style(.base))
    let title: FreeSlotPhrase = list.loaded ? .listTitle(count: list.slots.count, more: list.slots.count >= FreeSlotSearch.limit)
        : .searching
    let titleText = list.loaded ? list.quick.map { pane.text(.frontDesk(.quickTitle($0, count: list.slots.count))) } : nil
    buffer.put(" " + (titleText ?? pane.text(.venues(.freeSlot(title)))), x: layout.title.x, y: layout.title.y,
               maxWidth: layout.title.width, style: theme.style(.title))
    let area = layout.tableAndDetail
    buffer.fill(area, style: theme.style(.base))
    if list.loaded && list.slots.isEmpty {
        buffer.put(" " + pane.text(.venues(.freeSlot(.none))), x: area.x, y: area.y, maxWidth: area.width, style: theme.style(.dim))
        return
    }
    let first = max(0, list.selected - area.height + 1)
    for (i, slot) in list.slots.dropFirst(first).prefix(area.height).enumerated() {
        let end = slot.end.date == slot.start.date ? slot.end.time.text : "24:00"
        let site = pane.lookup.site(slot.venue.siteID)
        let name = site.isEmpty ? slot.venue.name : "\(slot.venue.name), \(site)"
        let day = pad(pane.text(.venues(.weekDay(slot.start.date))), toWidth: 12)
        var text = " \(day)\(slot.start.time.text)–\(end)  \(name)  ·  \(pane.text(.venues(.capacityShort(slot.venue.capacity))))"
        if let q = list.quick {
            // Ranked by fit: the kommunedel and the price tell why.
            let prices = quickPrices(slot.venue, q)
            text = " \(name)  ·  \(pane.text(.venues(.capacityShort(slot.venue.capacity))))  ·  "
                + "\(pane.lookup.kommunedel(slot.venue.kommunedelID))  ·  "
                + pane.text(.frontDesk(.quickPrice(voluntary: prices.voluntary, other: prices.other)))
        }
        buffer.put(pad(text, toWidth: area.width), x: area.x, y: area.y + i, maxWidth: area.width,
                   style: theme.style(first + i == list.selected ? .selectionFocus : .base))
    }
}
