import DugnadCore
import TerminalKit

// Venue administration (admin only): `N` new venue, `E` edit and `D`
// deactivate/reactivate, in the Venues grid (the venue under the cursor)
// and in the Directory's venue list (the selected row, inactive ones too).

/// The admin check before opening anything: says "only administrators …" to others.
func mayAdministerVenues(_ model: inout Model) -> Bool {
    guard let staff = model.staff else {
        model.message = StatusMessage(.notStaff(user: model.user), isError: true)
        return false
    }
    guard Permissions.allows(staff.role, .editVenues) else {
        model.message = StatusMessage(.venues(.admin(.adminOnly)), isError: true)
        return false
    }
    return true
}

/// The venue the admin actions apply to: the Directory's selected venue, or the grid's row.
func venueUnderCursor(_ model: Model) -> Venue? {
    if model.tab == .directory {
        return model.directory.section == .venues ? model.directory.venues.selectedRow : nil
    }
    if let week = model.venues.week { return week.venue }
    return model.venues.grid.selectedRow?.venue
}

/// The venue under the cursor when the user may administer it; else nil,
/// with the status line saying why.
private func administeredVenueUnderCursor(_ model: inout Model) -> Venue? {
    guard let venue = venueUnderCursor(model) else {
        model.message = StatusMessage(.nothingSelected, isError: true)
        return nil
    }
    return mayAdministerVenues(&model) ? venue : nil
}

/// Venue and closure actions, from a key or the palette.
func performVenueAdmin(_ action: Action, _ model: inout Model) -> [Command] {
    switch action {
    case .newVenue:
        guard mayAdministerVenues(&model) else { return [] }
        model.form = VenueForm.make(nil, lookup: model.lookup, language: model.language)
        return []
    case .editVenue:
        guard let venue = administeredVenueUnderCursor(&model) else { return [] }
        model.form = VenueForm.make(venue, lookup: model.lookup, language: model.language)
        return []
    case .toggleVenueActive:
        guard let venue = administeredVenueUnderCursor(&model) else { return [] }
        model.overlay = .confirm(.setVenueActive(id: venue.id, name: venue.name, active: !venue.active))
        return []
    case .closureList, .newClosure, .editClosure, .deleteClosure:
        return performClosures(action, &model)
    default:
        return []
    }
}

/// Ctrl-S in the venue or closure form.
func saveVenueAdminForm(_ model: inout Model, _ form: FormState) -> [Command] {
    var form = form
    switch form.purpose {
    case .venue(let id):
        let original = id == 0 ? nil : venueUnderCursor(model).flatMap { $0.id == id ? $0 : nil }
        guard let venue = VenueForm.venue(from: &form, original: original, lookup: model.lookup) else {
            model.form = form
            model.message = fixFieldsMessage(form)
            return []
        }
        return submit(form, .venueAdmin(.saveVenue(venue)), &model)
    case .closure:
        guard let closure = ClosureForm.closure(from: &form, today: model.today) else {
            model.form = form
            model.message = fixFieldsMessage(form)
            return []
        }
        return submit(form, .venueAdmin(.saveClosure(closure)), &model)
    default:
        return []
    }
}

func venueAdminUpdate(_ model: inout Model, _ msg: VenueAdminMsg) -> [Command] {
    switch msg {
    case .venueSaved(.success(let venue)):
        let wasNew: Bool
        if case .venue(let id) = model.form?.purpose { wasNew = id == 0 } else { wasNew = false }
        model.form = nil
        model.message = StatusMessage(.venues(.admin(wasNew ? .created(venue.name) : .updated(venue.name))))
        if let week = model.venues.week, week.venue.id == venue.id { model.venues.week?.venue = venue }
        return [.loadLookup] + reloadVenueLists(&model)
    case .venueSaved(.failure(let error)):
        guard var form = model.form else {
            model.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
        form.saving = false
        if case .invalidVenue(let issues) = error { VenueForm.show(issues, in: &form) } else { form.formError = phrase(for: error) }
        model.form = form
        model.message = form.formError == nil ? fixFieldsMessage(form) : StatusMessage(phrase(for: error), isError: true)
        return []
    case .venueActiveSet(.success(let change)):
        let v = change.venue
        model.message = StatusMessage(.venues(.admin(v.active ? .reactivated(v.name)
                                                     : .deactivated(v.name, upcoming: change.upcoming))))
        // An inactive venue has no week to show.
        if !v.active, model.venues.week?.venue.id == v.id { model.venues.week = nil }
        return [.loadLookup] + reloadVenueLists(&model)
    case .venueActiveSet(.failure(let error)):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .closuresLoaded, .closureHitsLoaded, .closureSaved, .closureDeleted:
        return closureUpdate(&model, msg)
    }
}

/// "3 fields must be corrected": the form may be taller than the screen.
func fixFieldsMessage(_ form: FormState) -> StatusMessage {
    StatusMessage(.venues(.admin(.fixFields(form.fields.filter { $0.error != nil }.count))), isError: true)
}

/// After a venue or closure changed: the list on screen is read again, the
/// other venue list (grid or Directory) when it is next shown.
func reloadVenueLists(_ model: inout Model) -> [Command] {
    let shown = model.activeList
    for key in [ListKey.bookings, .directoryVenues] where key != shown {
        _ = model.reload(key, keepCursor: true)
    }
    var commands = model.reload(shown, keepCursor: true)
    if model.tab == .venues { commands += reloadVenueWeek(model) }
    return commands
}
