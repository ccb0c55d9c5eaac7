import DugnadApp
import DugnadCore
import DugnadStore

/// Performs the app's commands against the store and answers with messages.
/// Reads are small and index-bounded (a visible window), so they run
/// synchronously on the loop's thread: the frame after a key already shows
/// the new rows, and nothing races the model.
final class CommandRunner {
    let database: AppDatabase
    let today: CivilDate
    /// Asks the terminal for a full repaint (Ctrl-L, or the palette's "redraw").
    var onRedraw: () -> Void = {}
    /// Row counts by list source: paging reads a new window of the same list
    /// without counting it again. Emptied whenever the database changes.
    private var counts: [ListSource: Int] = [:]

    /// The database changed (here or in another process): counts are stale.
    func databaseChanged() { counts.removeAll() }

    init(database: AppDatabase, today: CivilDate) {
        self.database = database
        self.today = today
        warmUpMonthView()
    }

    /// Reads this month once as the month view does, before the first frame:
    /// the month's statement is then prepared and its pages are in memory, so
    /// the first switch to the month view costs what every later one does
    /// (at scale 10 the cold first switch was the one key over 3 ms).
    private func warmUpMonthView() {
        let first = today.firstOfMonth.startOfWeek
        _ = try? database.calendar(from: first, through: first.adding(days: 41), filter: CalendarFilter(),
                                   perDay: CalendarState.monthPerDay)
    }

    func perform(_ command: Command, send: (Msg) -> Void) {
        if command.changesData { databaseChanged() }
        switch command {
        case .loadLookup:
            if let lookup = try? loadLookup() { send(.lookupLoaded(lookup)) }
        case .reloadStaff:
            send(.staffLoaded(try? database.currentStaff()))
        case .loadPage(let request):
            do {
                if let total = counts[request.source.countKey] {
                    send(.pageLoaded(request, total: total, rows: try loadRows(request)))
                    return
                }
                let (total, rows) = try loadPage(request)
                counts[request.source.countKey] = total
                send(.pageLoaded(request, total: total, rows: rows))
            } catch {
                send(.pageFailed(request, appError(error)))
            }
        case .saveOrganisation(let organisation):
            do { send(.organisationSaved(.success(try database.saveOrganisation(organisation)))) }
            catch { send(.organisationSaved(.failure(appError(error)))) }
        case .setOrganisationActive(let id, let active):
            do {
                try database.setOrganisationActive(id: id, active)
                guard let org = try database.organisation(id: id) else { throw StoreError.notFound }
                send(.organisationActiveSet(.success(org)))
            } catch {
                send(.organisationActiveSet(.failure(appError(error))))
            }
        case .loadOrganisationDetail(let id):
            let history = (try? database.auditEntries(entity: "organisation", id: id)) ?? []
            let agreements = (try? database.agreements(organisationID: id)) ?? []
            send(.organisationDetailLoaded(OrganisationDetail(organisationID: id, history: Array(history.prefix(12)),
                                                              agreements: agreements)))
        case .search(let text):
            let hits = (try? database.search(text, today: today, limitPerKind: 8)) ?? []
            send(.searchCompleted(query: text, results: hits.map(searchResult)))
        case .redraw:
            onRedraw()
        case .venues(let command):
            performVenues(command, send: send)
        case .calendar(let calendarCommand):
            performCalendar(calendarCommand, send: send)
        case .venueAdmin(let adminCommand):
            performVenueAdmin(adminCommand, send: send)
        }
    }

    private func loadLookup() throws -> Lookup {
        Lookup(kommunedeler: try database.kommunedeler(), sites: try database.sites(),
               umbrellas: try database.umbrellaOrganisations(), schemes: try database.grantSchemes(),
               venueNames: try database.venueNames())
    }

    /// Only the rows of a window, for a list whose count is known.
    private func loadRows(_ request: ListRequest) throws -> PageRows {
        try loadPage(request, counting: false).1
    }

    private func loadPage(_ request: ListRequest, counting: Bool = true) throws -> (Int, PageRows) {
        func count(_ counter: () throws -> Int) rethrows -> Int { counting ? try counter() : 0 }
        let (offset, limit) = (request.offset, request.limit)
        switch request.source {
        case .organisations(let query, let sort):
            let storeSort: AppDatabase.OrganisationSort = switch sort {
            case .name: .name
            case .kommunedel: .kommunedel
            case .category: .category
            case .recent: .recent
            }
            return (try count { try database.organisationCount(matching: query) },
                    .organisations(try database.organisations(matching: query, sort: storeSort, offset: offset, limit: limit)))
        case .services(let query):
            return (try count { try database.serviceCount(matching: query) },
                    .services(try database.services(matching: query, offset: offset, limit: limit)))
        case .venues(let query):
            return (try count { try database.venueCount(matching: query) },
                    .venues(try database.venues(matching: query, offset: offset, limit: limit)))
        case .staff(let query):
            return (try count { try database.staffCount(matching: query) },
                    .staff(try database.staffMembers(matching: query, offset: offset, limit: limit)))
        case .venueGrid(let day, let filter):
            return (try count { try database.venueDayCount(filter: filter) },
                    .venueDays(try database.venueDays(on: day, filter: filter, offset: offset, limit: limit)))
        case .activities(let from, let through, let query):
            return (try count { try database.activityCount(from: from, through: through, matching: query) },
                    .activities(try database.activities(from: from, through: through, matching: query,
                                                        offset: offset, limit: limit)))
        case .applications(let query):
            return (try count { try database.applicationCount(matching: query) },
                    .applications(try database.applications(matching: query, offset: offset, limit: limit)))
        case .volunteers(let query):
            return (try count { try database.volunteerCount(matching: query) },
                    .volunteers(try database.volunteers(matching: query, offset: offset, limit: limit)))
        case .requests(let query):
            return (try count { try database.volunteerRequestCount(matching: query) },
                    .requests(try database.volunteerRequests(matching: query, offset: offset, limit: limit)))
        }
    }

    private func searchResult(_ hit: SearchHit) -> SearchResult {
        let kind: SearchResult.Kind = switch hit.kind {
        case .organisation: .organisation
        case .person: hit.table == "staff" ? .staff : .person
        case .venue: .venue
        case .activity: .activity
        case .application: .application
        }
        return SearchResult(kind: kind, id: hit.id, title: hit.title, subtitle: hit.subtitle)
    }
}

/// The store's refusals as the app's error values.
func appError(_ error: Error) -> AppError {
    guard let e = error as? StoreError else { return .storage(String(describing: error)) }
    switch e {
    case .notStaff(let user): return .notStaff(user: user)
    case .forbidden(_, let role): return .forbidden(role: role)
    case .invalidOrganisation(let problems): return .invalidOrganisation(problems)
    case .duplicateOrgNumber(let n): return .duplicateOrgNumber(n)
    case .bookingOverlap: return .bookingOverlap
    case .bookingRefused(let conflicts): return .bookingRefused(conflicts)
    case .invalidVenue(let issues): return .invalidVenue(issues)
    case .invalidClosure(let problems): return .invalidClosure(problems)
    case .locked: return .locked
    case .notFound: return .notFound
    case .alreadyInSeries: return .alreadyInSeries
    default: return .storage(e.description)
    }
}

extension Command {
    /// Whether performing the command may write: cached counts are then stale.
    var changesData: Bool {
        switch self {
        case .loadLookup, .loadPage, .loadOrganisationDetail, .search, .reloadStaff, .redraw: return false
        case .saveOrganisation, .setOrganisationActive: return true
        case .venues(let command):
            switch command {
            case .loadOrganisations, .assess, .assessSeries, .loadDay, .loadWeek, .findFreeSlots, .loadRequests,
                 .assessEdit: return false
            case .book, .bookSeries, .cancelBooking, .cancelSeries, .approve, .reject, .editBookings, .repeatBooking:
                return true
            }
        case .venueAdmin(let command):
            switch command {
            case .loadClosures, .loadClosureHits: return false
            case .saveVenue, .setVenueActive, .saveClosure, .deleteClosure: return true
            }
        case .calendar(let command):
            switch command {
            case .load, .loadSeries, .export, .loadBookingActivity: return false
            case .save, .setCancelled, .endSeries: return true
            }
        }
    }
}
