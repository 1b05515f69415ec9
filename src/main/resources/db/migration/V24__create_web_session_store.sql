-- Sessions of the web application, shared by every instance (docs/adr/0017): a login holds on whichever
-- instance the load balancer picks, and survives a restart or a rolling deployment. Spring Session JDBC's
-- own PostgreSQL schema (4.1), created here so that Flyway owns every table. A row holds ids only: the
-- account's SignedInAccount (ids and codes), the CSRF token, the page to return to after login, and during
-- set-up of the second factor its secret, sealed with the second-factor key. Expired rows are deleted every
-- minute by whichever instance gets there first.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
