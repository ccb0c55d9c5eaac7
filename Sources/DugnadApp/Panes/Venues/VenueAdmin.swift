import DugnadCore
import TerminalKit

// Venue administration (admin only): `N` new venue, `E` edit and `D`
// deactivate/reactivate, in the Venues grid (the venue under the cursor)
// and in the Directory's venue list (the selected row, inactive ones too).
// Both panes call `performVenueAdmin` with their own venue under the cursor;
// it touches only the shared UI (form, question, message), no pane's state.
// The answers come back to the Venues pane; the Directory's venue list is
// read again through the change watcher, as after any other commit.

/// The admin check before opening anything: says "only administrators …" to others.
func mayAdministerVenues(_ ui: inout SharedUI, _ context: PaneContext) -> Bool {
    guard let staff = context.staff else {
        ui.fail(.notStaff(user: context.user))
        return false
    }
    guard Permissions.allows(staff.role, .editVenues) else {
        ui.fail(.venues(.admin(.adminOnly)))
        return false
    }
    return true
}

/// The venue the grid's admin actions apply to: the week's venue, or the grid's row.
func venueUnderCursor(_ state: VenuesState) -> Venue? {
    if let week = state.week { return week.venue }
    return state.grid.selectedRow?.venue
}

/// Venue actions, from a key or the palette, on `venue` (the one under the cursor, if any).
func performVenueAdmin(_ action: Action, venue: Venue?, _ ui: inout SharedUI, _ context: PaneContext) -> [Command] {
    switch action {
    case .newVenue:
        guard mayAdministerVenues(&ui, context) else { return [] }
        ui.form = VenueForm.make(nil, lookup: context.lookup, language: context.language)
    case .editVenue, .toggleVenueActive:
        guard let venue else {
            ui.fail(.nothingSelected)
            return []
        }
        guard mayAdministerVenues(&ui, context) else { return [] }
        if action == .editVenue {
            ui.form = VenueForm.make(venue, lookup: context.lookup, language: context.language)
        } else {
            ui.ask(.venues(.setVenueActive(id: venue.id, name: venue.name, active: !venue.active)))
        }
    default:
        break
    }
    return []
}

/// Ctrl-S in the venue or closure form.
func saveVenueAdminForm(_ pane: inout VenuesScope, _ form: FormState) -> [Command] {
    var form = form
    switch form.purpose {
    case .venues(.venue(let original)):
        guard let venue = VenueForm.venue(from: &form, original: original, lookup: pane.lookup) else {
            return pane.ui.fieldsRefused(form)
        }
        return pane.ui.submit(form, .venueAdmin(.saveVenue(venue)))
    case .venues(.closure):
        guard let closure = ClosureForm.closure(from: &form, today: pane.today) else {
            return pane.ui.fieldsRefused(form)
        }
        return pane.ui.submit(form, .venueAdmin(.saveClosure(closure)))
    default:
        return []
    }
}

func venueAdminUpdate(_ pane: inout VenuesScope, _ msg: VenueAdminMsg) -> [Command] {
    switch msg {
    case .venueSaved(.success(let venue)):
        let wasNew: Bool
        if case .venues(.venue(let original)) = pane.form?.purpose { wasNew = original == nil } else { wasNew = false }
        pane.ui.submitted(.venues(.admin(wasNew ? .created(venue.name) : .updated(venue.name))))
        if let week = pane.state.week, week.venue.id == venue.id { pane.state.week?.venue = venue }
        return [.loadLookup] + reloadVenueLists(&pane)
    case .venueSaved(.failure(let error)):
        pane.ui.submitFailed(error) { form in
            guard case .invalidVenue(let issues) = error else { return false }
            VenueForm.show(issues, in: &form)
            return true
        }
        return []
    case .venueActiveSet(.success(let change)):
        let v = change.venue
        pane.ui.say(.venues(.admin(v.active ? .reactivated(v.name) : .deactivated(v.name, upcoming: change.upcoming))))
        // An inactive venue has no week to show.
        if !v.active, pane.state.week?.venue.id == v.id { pane.state.week = nil }
        return [.loadLookup] + reloadVenueLists(&pane)
    case .venueActiveSet(.failure(let error)):
        pane.ui.fail(phrase(for: error))
        return []
    case .closuresLoaded, .closureHitsLoaded, .closureSaved, .closureDeleted:
        return closureUpdate(&pane, msg)
    }
}

/// After a venue changed: the grid (and the week, if shown) is read again.
func reloadVenueLists(_ pane: inout VenuesScope) -> [Command] {
    VenuesLists.grid.reload(&pane, keepCursor: true) + reloadVenueWeek(pane)
}
