import DugnadCore

/// The price of a booking under the venue's policy (SPEC §3 Venues): free
/// for organisations in Frivillighetsregisteret where the venue is free for
/// the voluntary sector, the hourly rate otherwise; exact in øre.
enum DemoPricing {
    static func price(_ venue: Venue, booker: DemoBooker, minutes: Int) -> Money {
        if booker.municipal { return .zero }
        let rate: Money
        switch venue.pricePolicy {
        case .free: return .zero
        case .freeForVoluntary:
            if booker.registered { return .zero }
            rate = venue.hourlyRate
        case .hourly: rate = venue.hourlyRate
        case .subsidised: rate = venue.subsidisedRate
        }
        // Rates are whole kroner and slots whole quarters, so this division is exact.
        return Money(ore: rate.ore * Int64(minutes) / 60)
    }

    /// A six-digit door code, valid around one confirmed booking.
    static func accessCode(_ rng: inout DemoRandom) -> String {
        let n = rng.int(0...999_999)
        let text = String(n)
        return String(repeating: "0", count: 6 - text.count) + text
    }
}
