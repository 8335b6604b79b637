package io.telegate.ports.in;

import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchOutcome;

/**
 * Archives a chat's history over a window of days (seed 002's fetch command), resumably and idempotently.
 *
 * <p>Contract: days already archived completely are skipped; running the same command again adds no message
 * twice; events {@code started}, {@code progress}, {@code completed} / {@code failed} are published while it
 * runs. Blocks until the command ends; an interrupt stops it early (what was archived stays, and re-running
 * resumes) and surfaces as {@link InterruptedException}.
 */
public interface ArchiveHistoryUseCase {

    FetchOutcome archive(FetchCommand command) throws InterruptedException;
}
