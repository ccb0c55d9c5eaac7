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

    init(database: AppDatabase, today: CivilDate) {
        self.database = database
        self.today = today
    }

    func perform(_ command: Command, send: (Msg) -> Void) {
        switch command {
        case .loadLookup:
            if let lookup = try? loadLookup() { send(.lookupLoaded(lookup)) }
        case .reloadStaff:
            send(.staffLoaded(try? database.currentStaff()))
        case .loadPage(let request):
            do {
                let (total, rows) = try loadPage(request)
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
            send(.organisationDetailLoaded(OrganisationDetail(organisationID: id, history: Array(history.prefix(12)))))
        case .search(let text):
            let hits = (try? database.search(text, today: today, limitPerKind: 8)) ?? []
            send(.searchCompleted(query: text, results: hits.map(searchResult)))
        case .redraw:
            onRedraw()
        case .calendar(let calendarCommand):
            performCalendar(calendarCommand, send: send)
        }
    }

    private func loadLookup() throws -> Lookup {
        Lookup(kommunedeler: try database.kommunedeler(), sites: try database.sites(),
               umbrellas: try database.umbrellaOrganisations(), schemes: try database.grantSchemes(),
               venueNames: try database.venueNames())
    }

    private func loadPage(_ request: ListRequest) throws -> (Int, PageRows) {
        let (offset, limit) = (request.offset, request.limit)
        switch request.source {
        case .organisations(let query, let sort):
            let storeSort: AppDatabase.OrganisationSort = switch sort {
            case .name: .name
            case .kommunedel: .kommunedel
            case .category: .category
            case .recent: .recent
            }
            return (try database.organisationCount(matching: query),
                    .organisations(try database.organisations(matching: query, sort: storeSort, offset: offset, limit: limit)))
        case .services(let query):
            return (try database.serviceCount(matching: query),
                    .services(try database.services(matching: query, offset: offset, limit: limit)))
        case .venues(let query):
            return (try database.venueCount(matching: query),
                    .venues(try database.venues(matching: query, offset: offset, limit: limit)))
        case .staff(let query):
            return (try database.staffCount(matching: query),
                    .staff(try database.staffMembers(matching: query, offset: offset, limit: limit)))
        case .bookings(let day, let query):
            return (try database.bookingCount(on: day, matching: query),
                    .bookings(try database.bookings(on: day, matching: query, offset: offset, limit: limit)))
        case .activities(let from, let through, let query):
            return (try database.activityCount(from: from, through: through, matching: query),
                    .activities(try database.activities(from: from, through: through, matching: query,
                                                        offset: offset, limit: limit)))
        case .applications(let query):
            return (try database.applicationCount(matching: query),
                    .applications(try database.applications(matching: query, offset: offset, limit: limit)))
        case .volunteers(let query):
            return (try database.volunteerCount(matching: query),
                    .volunteers(try database.volunteers(matching: query, offset: offset, limit: limit)))
        case .requests(let query):
            return (try database.volunteerRequestCount(matching: query),
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
    case .locked: return .locked
    case .notFound: return .notFound
    default: return .storage(e.description)
    }
}
