// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.exchange.ExchangeProblem;
import nl.verwijsindex.exchange.ExchangeRun;
import nl.verwijsindex.exchange.ExchangeRun.Kind;
import nl.verwijsindex.exchange.ExchangeRun.State;

/** All SQL on {@code exchange_run} and {@code exchange_problem}; each call is its own short transaction. */
@Repository
public class RunStore {

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID start(Kind kind, String fileName, String startedBy, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into exchange_run (id, kind, file_name, started_at, state, started_by)
                        values (:id, :kind, :file, :now, 'RUNNING', :by)""")
                .param("id", id)
                .param("kind", kind.name())
                .param("file", fileName)
                .param("now", now)
                .param("by", startedBy)
                .update();
        return id;
    }

    public void progress(UUID run, int total, int done, int written, int present, int problems) {
        jdbc.sql("""
                        update exchange_run set lines_total = :total, lines_done = :done, records_written = :written,
                               records_present = :present, problems = :problems
                        where id = :id""")
                .param("id", run)
                .param("total", total)
                .param("done", done)
                .param("written", written)
                .param("present", present)
                .param("problems", problems)
                .update();
    }

    void addProblems(UUID run, List<ExchangeProblem> problems) {
        for (ExchangeProblem p : problems) {
            jdbc.sql("""
                            insert into exchange_problem (run_id, line, field, reason) values (:run, :line, :field, :reason)
                            on conflict do nothing""")
                    .param("run", run)
                    .param("line", p.line())
                    .param("field", p.field())
                    .param("reason", p.reason())
                    .update();
        }
    }

    public void finish(UUID run, State state, OffsetDateTime now) {
        jdbc.sql("update exchange_run set state = :state, finished_at = :now where id = :id")
                .param("id", run)
                .param("state", state.name())
                .param("now", now)
                .update();
    }

    public Optional<ExchangeRun> find(UUID run) {
        return jdbc.sql("select * from exchange_run where id = :id")
                .param("id", run)
                .query(RunStore::map)
                .optional();
    }

    public List<ExchangeRun> recent(int limit) {
        return jdbc.sql("select * from exchange_run order by started_at desc limit :limit")
                .param("limit", limit)
                .query(RunStore::map)
                .list();
    }

    public List<ExchangeProblem> problems(UUID run, int limit) {
        return jdbc.sql(
                        "select line, field, reason from exchange_problem where run_id = :run order by line, field limit :limit")
                .param("run", run)
                .param("limit", limit)
                .query((rs, n) -> new ExchangeProblem(rs.getInt("line"), rs.getString("field"), rs.getString("reason")))
                .list();
    }

    private static ExchangeRun map(ResultSet rs, int n) throws SQLException {
        return new ExchangeRun(
                rs.getObject("id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                State.valueOf(rs.getString("state")),
                rs.getInt("lines_total"),
                rs.getInt("lines_done"),
                rs.getInt("records_written"),
                rs.getInt("records_present"),
                rs.getInt("problems"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
