import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// Venue administration and closures: each one store call, answered with a message.
    func performVenueAdmin(_ command: VenueAdminCommand, send: (Msg) -> Void) {
        func admin(_ msg: VenueAdminMsg) -> Msg { .venues(.admin(msg)) }
        switch command {
        case .saveVenue(let venue):
            send(answer({ admin(.venueSaved($0)) }) { try database.saveVenue(venue) })
        case .setVenueActive(let id, let active):
            let day = today
            send(answer({ admin(.venueActiveSet($0)) }) {
                let r = try database.setVenueActive(id: id, active, today: day)
                return VenueActiveChange(venue: r.venue, upcoming: r.upcoming)
            })
        case .loadClosures:
            let day = today
            send(answer({ admin(.closuresLoaded($0)) }) { try database.closures(today: day) })
        case .loadClosureHits(let closure):
            send(answer({ admin(.closureHitsLoaded(closure.id, $0)) }) { try database.closureHits(closure) })
        case .saveClosure(let closure):
            send(answer({ admin(.closureSaved($0)) }) {
                let r = try database.saveClosure(closure)
                return ClosureSaved(closure: r.closure, hits: r.hits)
            })
        case .deleteClosure(let id):
            send(answer({ admin(.closureDeleted($0)) }) {
                try database.deleteClosure(id: id)
                return id
            })
        }
    }
}
