import DugnadCore

/// A generated venue with the kind of the site it belongs to, which drives
/// what it is booked for.
struct DemoVenue: Sendable {
    var venue: Venue
    var siteKind: SiteKind
}

/// Generates venues: the rooms of the reference sites first (handed out
/// round-robin so small demos cover every kind), then extra sites when the
/// scale asks for more rooms than the reference sites have.
enum DemoVenues {
    static func generate(count: Int, firstVenueID: RowID, firstSiteID: RowID,
                         rng: inout DemoRandom) -> (sites: [Site], venues: [DemoVenue]) {
        var planned: [(site: Site, room: DemoVenueTemplates.Room)] = []
        let reference = ReferenceData.sites.map { ($0, DemoVenueTemplates.rooms(for: $0.kind)) }
        let deepest = reference.map(\.1.count).max() ?? 0
        for index in 0..<deepest {
            for (site, rooms) in reference where index < rooms.count {
                planned.append((site, rooms[index]))
            }
        }
        planned = Array(planned.prefix(count))

        var extraSites: [Site] = []
        var usedNames = Set(ReferenceData.sites.map(\.name))
        var siteID = firstSiteID
        var round = 0
        while planned.count < count {
            let kinds = DemoVenueTemplates.extraSiteKinds
            // Place and kind both rotate (their counts are coprime), so the first
            // extra sites spread over the town and later ones cover every kind.
            let kindIndex = round % kinds.count
            let placeIndex = round % DemoPlaces.places.count
            let qualifierRound = round / (kinds.count * DemoPlaces.places.count)
            round += 1
            let place = DemoPlaces.places[placeIndex]
            let prefix = qualifierRound == 0 ? "" : ["Øvre ", "Nedre ", "Nordre ", "Søndre ", "Vestre ", "Østre ",
                                                     "Indre ", "Ytre "][(qualifierRound - 1) % 8]
            let number = qualifierRound > 8 ? " \(qualifierRound / 8 + 1)" : ""
            let name = "\(prefix)\(place.name) \(kinds[kindIndex].suffix)\(number)"
            guard usedNames.insert(name).inserted else { continue }
            let site = Site(id: siteID, name: name, kind: kinds[kindIndex].kind, kommunedelID: place.kommunedelID,
                            hasInnbyggertorg: false)
            siteID += 1
            extraSites.append(site)
            // Extra sites are smaller than the reference ones.
            let rooms = DemoVenueTemplates.rooms(for: site.kind)
            for room in rooms.prefix(site.kind == .skole ? 5 : 3) where planned.count < count {
                planned.append((site, room))
            }
        }

        var venues: [DemoVenue] = []
        var id = firstVenueID
        for (site, room) in planned {
            venues.append(DemoVenue(venue: makeVenue(id: id, site: site, room: room, rng: &rng), siteKind: site.kind))
            id += 1
        }
        return (extraSites, venues)
    }

    private static func makeVenue(id: RowID, site: Site, room: DemoVenueTemplates.Room,
                                  rng: inout DemoRandom) -> Venue {
        let kind = room.kind
        var capacity = rng.int(room.capacity)
        capacity = capacity >= 50 ? capacity / 10 * 10 : capacity
        let slot: Int = switch kind {
        case .idrettshall, .uteomrade: rng.chance(0.7) ? 60 : 30
        case .moterom: rng.chance(0.15) ? 15 : 30
        default: rng.chance(0.25) ? 60 : 30
        }

        // Knutepunkt and frivilligsentral lend rooms free (the seed says so);
        // halls and the culture house more often charge.
        let policy: PricePolicy
        switch site.kind {
        case .knutepunkt, .frivilligsentral, .bibliotek:
            policy = rng.pick([(.freeForVoluntary, 8.0), (.free, 2.0)])
        case .idrettshall, .kulturhus:
            policy = rng.pick([(.freeForVoluntary, 4.0), (.hourly, 3.0), (.subsidised, 3.0)])
        case .skole:
            policy = rng.pick([(.freeForVoluntary, 8.0), (.hourly, 1.0), (.subsidised, 1.0)])
        case .uteomrade:
            policy = rng.pick([(.free, 1.0), (.freeForVoluntary, 1.0), (.hourly, 1.0)])
        }
        // kr 150–600 per hour, larger rooms dearer.
        let base = 150 + min(450, capacity * 2)
        let hourly = Int64(base / 50 * 50 + rng.int(0...2) * 50)
        let rate = Money(kroner: min(600, hourly))
        let subsidised = Money(kroner: max(50, min(600, hourly) * 4 / 10 / 10 * 10))

        let access: AccessMethod
        switch site.kind {
        case .skole, .idrettshall: access = rng.pick([(.codeLock, 4.0), (.keyPickup, 3.0), (.staffed, 3.0)])
        case .uteomrade: access = .staffed
        default: access = rng.pick([(.staffed, 8.0), (.codeLock, 1.0), (.keyPickup, 1.0)])
        }

        var equipment = room.equipment.filter { _ in rng.chance(0.85) }
        if rng.chance(0.2) { equipment.append(rng.pick(ReferenceData.equipment)) }
        equipment = ReferenceData.equipment.filter(equipment.contains)   // vocabulary order, no duplicates

        let approvalLikely = kind == .idrettshall || kind == .uteomrade || site.kind == .kulturhus
        return Venue(id: id, name: room.name, kind: kind, siteID: site.id, kommunedelID: site.kommunedelID,
                     capacity: capacity, openingHours: DemoVenueTemplates.openingHours(for: site.kind),
                     closedOnHolidays: kind != .uteomrade && rng.chance(0.9), slotMinutes: slot,
                     pricePolicy: policy, hourlyRate: policy == .free ? .zero : rate,
                     subsidisedRate: policy == .subsidised ? subsidised : .zero,
                     requiresApproval: rng.chance(approvalLikely ? 0.3 : 0.05), accessMethod: access,
                     stepFree: rng.chance(0.85), accessibleToilet: rng.chance(0.6),
                     hearingLoop: rng.chance(kind == .forsamlingslokale || kind == .bibliotek ? 0.6 : 0.15),
                     equipment: equipment, bookableOnline: rng.chance(0.85), active: true)
    }
}
