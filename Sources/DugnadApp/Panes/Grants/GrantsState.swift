import DugnadCore

/// The Grants tab: the inbox of applications, newest first.
public struct GrantsState: Sendable, Equatable {
    public var query: String = ""
    public var applications = PagedList<GrantApplication>()
    public init() {}
}
