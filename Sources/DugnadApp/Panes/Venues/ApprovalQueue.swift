import DugnadCore
import TerminalKit

// The approval queue (`A` in the grid): requested bookings, oldest first;
// `+` approves, `-` asks for a reason and rejects. Both are audited by the store.

/// Keys while the queue is open; nil leaves the key to the shared handling.
func handleApprovalKey(_ pane: inout VenuesScope, _ key: Key) -> [Command]? {
    guard var queue = pane.state.queue else { return nil }
    if var reason = queue.reason {
        switch key {
        case .escape: queue.reason = nil
        case .enter:
            let text = reason.text.trimmingWhitespace()
            guard let b = queue.selectedRequest else { break }
            guard !text.isEmpty else {
                pane.message = StatusMessage(.venues(.approval(.reasonRequired)), isError: true)
                return []
            }
            queue.reason = nil
            pane.state.queue = queue
            return [.venues(.reject(b.id, reason: text))]
        default:
            _ = reason.handle(key)
            queue.reason = reason
        }
        pane.state.queue = queue
        return []
    }
    guard let action = KeyMap.action(for: key, in: .approvalQueue) else { return nil }
    return performApproval(action, &pane)
}

/// The queue's actions, from a key or the palette (which opens the queue first).
func performApproval(_ action: Action, _ pane: inout VenuesScope) -> [Command]? {
    guard var queue = pane.state.queue else {
        guard action == .approveRequest || action == .rejectRequest else { return nil }
        return openApprovalQueue(&pane)
    }
    switch action {
    case .moveUp: queue.selected = max(0, queue.selected - 1)
    case .moveDown: queue.selected = min(max(0, queue.requests.count - 1), queue.selected + 1)
    case .close, .approvalQueue: pane.state.queue = nil; return []
    case .approveRequest:
        guard let b = queue.selectedRequest, pane.mayChange(.book) else { return [] }
        return [.venues(.approve(b.id))]
    case .rejectRequest:
        guard queue.selectedRequest != nil, pane.mayChange(.book) else { return [] }
        queue.reason = TextFieldState()
    default: return nil
    }
    pane.state.queue = queue
    return []
}

/// Opens the queue and reads it.
func openApprovalQueue(_ pane: inout VenuesScope) -> [Command] {
    pane.state.queue = ApprovalQueueState()
    return [.venues(.loadRequests)]
}

func approvalUpdate(_ pane: inout VenuesScope, _ msg: VenuesMsg) -> [Command] {
    switch msg {
    case .requestsLoaded(.failure(let error)):
        pane.ui.fail(phrase(for: error))
        return []
    case .requestsLoaded(.success(let list)):
        guard var queue = pane.state.queue else { return [] }
        queue.requests = list
        queue.loaded = true
        queue.selected = min(queue.selected, max(0, list.count - 1))
        pane.state.queue = queue
        return []
    case .decided(.success(let b)):
        pane.message = StatusMessage(.venues(.approval(b.status == .confirmed ? .approved(b.bookerName) : .rejected(b.bookerName))))
        return [.venues(.loadRequests)] + VenuesLists.grid.reload(&pane, keepCursor: true)
    case .decided(.failure(let error)):
        pane.message = StatusMessage(phrase(for: error), isError: true)
        return [.venues(.loadRequests)]
    default:
        return []
    }
}

func drawApprovalQueue(into buffer: inout Buffer, _ queue: ApprovalQueueState, _ pane: VenuesScope, _ theme: Theme) {
    let layout = pane.paneLayout
    buffer.fill(layout.title, style: theme.style(.base))
    if let reason = queue.reason {
        let prompt = " " + pane.text(.venues(.approval(.reasonPrompt))) + " "
        let x = layout.title.x + buffer.put(prompt, x: layout.title.x, y: layout.title.y, style: theme.style(.fieldLabel))
        drawTextInput(into: &buffer, reason, x: x, y: layout.title.y, width: layout.title.maxX - x - 1, theme: theme, focused: true)
    } else {
        buffer.put(" " + pane.text(.venues(.approval(.title(queue.requests.count)))), x: layout.title.x, y: layout.title.y,
                   maxWidth: layout.title.width, style: theme.style(.title))
    }
    let area = layout.tableAndDetail
    buffer.fill(area, style: theme.style(.base))
    if queue.loaded && queue.requests.isEmpty {
        buffer.put(" " + pane.text(.venues(.approval(.empty))), x: area.x, y: area.y, style: theme.style(.dim))
        return
    }
    let first = max(0, queue.selected - area.height + 1)
    for (i, b) in queue.requests.dropFirst(first).prefix(area.height).enumerated() {
        let index = first + i
        let end = b.end.date == b.start.date ? b.end.time.text : "24:00"
        let text = " \(pane.text(.dateLong(b.start.date))) \(b.start.time.text)–\(end)  \(pane.lookup.venue(b.venueID))  ·  "
            + "\(b.bookerName)  ·  \(b.purpose)  ·  \(pane.text(.people(b.attendees)))"
        buffer.put(pad(text, toWidth: area.width), x: area.x, y: area.y + i, maxWidth: area.width,
                   style: theme.style(index == queue.selected ? .selectionFocus : .base))
    }
}
