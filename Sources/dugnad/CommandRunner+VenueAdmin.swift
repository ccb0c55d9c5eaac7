import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// Venue administration and closures: each one store call, answered with a message.
    func performVenueAdmin(_ command: VenueAdminCommand, send: (Msg) -> Void) {
        switch command {
        case .saveVenue(let venue):
            do { send(.venueAdmin(.venueSaved(.success(try database.saveVenue(venue))))) }
            catch { send(.venueAdmin(.venueSaved(.failure(appError(error))))) }
        case .setVenueActive(let id, let active):
            do {
                let r = try database.setVenueActive(id: id, active, today: today)
                send(.venueAdmin(.venueActiveSet(.success(VenueActiveChange(venue: r.venue, upcoming: r.upcoming)))))
            } catch {
                send(.venueAdmin(.venueActiveSet(.failure(appError(error)))))
            }
        case .loadClosures:
            do { send(.venueAdmin(.closuresLoaded(.success(try database.closures(today: today))))) }
            catch { send(.venueAdmin(.closuresLoaded(.failure(appError(error))))) }
        case .loadClosureHits(let closure):
            do { send(.venueAdmin(.closureHitsLoaded(closure.id, .success(try database.closureHits(closure))))) }
            catch { send(.venueAdmin(.closureHitsLoaded(closure.id, .failure(appError(error))))) }
        case .saveClosure(let closure):
            do {
                let r = try database.saveClosure(closure)
                send(.venueAdmin(.closureSaved(.success(ClosureSaved(closure: r.closure, hits: r.hits)))))
            } catch {
                send(.venueAdmin(.closureSaved(.failure(appError(error)))))
            }
        case .deleteClosure(let id):
            do { try database.deleteClosure(id: id); send(.venueAdmin(.closureDeleted(.success(id)))) }
            catch { send(.venueAdmin(.closureDeleted(.failure(appError(error))))) }
        }
    }
}
