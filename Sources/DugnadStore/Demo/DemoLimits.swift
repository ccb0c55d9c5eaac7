/// Thrown by `DemoData.fill` when its `isCancelled` says stop (Ctrl-C): the
/// transaction rolls back, so nothing of the demo data is kept.
public struct DemoCancelled: Error, Sendable, Equatable {
    public init() {}
}

/// The scales the demo generator accepts. Every part grows linearly with
/// the scale (names that run out get a number), so any of them finishes.
public enum DemoLimits {
    public static let scales: ClosedRange<Double> = 0.01...100
}
