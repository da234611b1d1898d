--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: SCHEMA "public"; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA "public" IS 'standard public schema';


--
-- Name: audit_log_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION "public"."audit_log_append_only"() RETURNS "trigger"
    LANGUAGE "plpgsql"
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;


SET default_tablespace = '';

SET default_table_access_method = "heap";

--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."api_tokens" (
    "id" bigint NOT NULL,
    "secret_hash" "text" NOT NULL,
    "user_id" bigint NOT NULL,
    "name" "text" NOT NULL,
    "unit_id" bigint NOT NULL,
    "role" "text" NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "revoked_at" timestamp with time zone,
    "last_used" timestamp with time zone
);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."api_tokens" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."api_tokens_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."audit_log" (
    "id" bigint NOT NULL,
    "at" timestamp with time zone NOT NULL,
    "actor_id" bigint DEFAULT 0 NOT NULL,
    "actor" "text" NOT NULL,
    "action" "text" NOT NULL COLLATE "pg_catalog"."C",
    "object" "text" DEFAULT ''::"text" NOT NULL,
    "before" "text" DEFAULT ''::"text" NOT NULL,
    "after" "text" DEFAULT ''::"text" NOT NULL,
    "remote" "text" DEFAULT ''::"text" NOT NULL,
    "prev_hash" "text" NOT NULL,
    "hash" "text" NOT NULL
);


--
-- Name: batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."batches" (
    "id" bigint NOT NULL,
    "number" integer NOT NULL,
    "doc_no" "text" NOT NULL,
    "title" "text" NOT NULL,
    "issuer" "text" NOT NULL,
    "issued_on" "date" NOT NULL,
    "addressees" "text" DEFAULT ''::"text" NOT NULL,
    "source_url" "text" DEFAULT ''::"text" NOT NULL,
    "preamble" "text" DEFAULT ''::"text" NOT NULL,
    "annex_title" "text" DEFAULT ''::"text" NOT NULL,
    "duties" "text" DEFAULT '[]'::"text" NOT NULL,
    "diagnostics" "text" DEFAULT '[]'::"text" NOT NULL,
    "fingerprint" "text" NOT NULL,
    "source_format" "text" NOT NULL,
    "source" "bytea" NOT NULL,
    "imported_at" timestamp with time zone NOT NULL,
    "rhythm" "text" DEFAULT 'quarterly'::"text" NOT NULL
);


--
-- Name: batches_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."batches" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."batches_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: domains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."domains" (
    "id" bigint NOT NULL,
    "batch_id" bigint NOT NULL,
    "seq" integer NOT NULL,
    "name" "text" NOT NULL,
    "declared" integer DEFAULT 0 NOT NULL
);


--
-- Name: domains_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."domains" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."domains_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."evidence" (
    "id" bigint NOT NULL,
    "report_id" bigint NOT NULL,
    "pos" integer DEFAULT 0 NOT NULL,
    "title" "text" NOT NULL,
    "doc_no" "text" DEFAULT ''::"text" NOT NULL,
    "date" "date",
    "link" "text" DEFAULT ''::"text" NOT NULL,
    "file_name" "text" DEFAULT ''::"text" NOT NULL,
    "file_type" "text" DEFAULT ''::"text" NOT NULL,
    "file_size" bigint DEFAULT 0 NOT NULL,
    "sha256" "text" DEFAULT ''::"text" NOT NULL,
    "body" "bytea",
    "removed_in" integer
);


--
-- Name: evidence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."evidence" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."evidence_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: item_aliases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."item_aliases" (
    "item_id" bigint NOT NULL,
    "pos" integer NOT NULL,
    "name" "text" NOT NULL
);


--
-- Name: item_responsible; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."item_responsible" (
    "item_id" bigint NOT NULL,
    "pos" integer NOT NULL,
    "unit_name" "text" NOT NULL
);


--
-- Name: item_scope_units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."item_scope_units" (
    "item_id" bigint NOT NULL,
    "unit_id" bigint NOT NULL,
    "reason" "text" DEFAULT ''::"text" NOT NULL
);


--
-- Name: items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."items" (
    "id" bigint NOT NULL,
    "batch_id" bigint NOT NULL,
    "seq" integer NOT NULL,
    "name" "text" NOT NULL,
    "content" "text" NOT NULL,
    "scope" "text" NOT NULL,
    "domain_id" bigint,
    "domain_pos" integer DEFAULT 0 NOT NULL
);


--
-- Name: items_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."items" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."items_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."notifications" (
    "id" bigint NOT NULL,
    "unit_id" bigint NOT NULL,
    "task_id" bigint NOT NULL,
    "kind" "text" NOT NULL,
    "day" "text" NOT NULL,
    "subject" "text" NOT NULL,
    "body" "text" NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "claimed_at" timestamp with time zone,
    "sent_at" timestamp with time zone,
    "error" "text" DEFAULT ''::"text" NOT NULL
);


--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."notifications" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."notifications_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: report_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."report_versions" (
    "report_id" bigint NOT NULL,
    "version" integer NOT NULL,
    "status" "text" NOT NULL,
    "measures" "text" DEFAULT ''::"text" NOT NULL,
    "problem" boolean DEFAULT false NOT NULL,
    "problem_text" "text" DEFAULT ''::"text" NOT NULL,
    "submitted" boolean DEFAULT false NOT NULL,
    "evidence" "text" DEFAULT '[]'::"text" NOT NULL,
    "saved_at" timestamp with time zone NOT NULL,
    "saved_by" "text" NOT NULL
);


--
-- Name: reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."reports" (
    "id" bigint NOT NULL,
    "task_id" bigint NOT NULL,
    "period" "text" NOT NULL,
    "version" integer NOT NULL,
    "status" "text" NOT NULL,
    "measures" "text" DEFAULT ''::"text" NOT NULL,
    "problem" boolean DEFAULT false NOT NULL,
    "problem_text" "text" DEFAULT ''::"text" NOT NULL,
    "submitted" boolean DEFAULT false NOT NULL,
    "updated_at" timestamp with time zone NOT NULL,
    "updated_by" "text" NOT NULL
);


--
-- Name: reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."reports" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."reports_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."schema_migrations" (
    "version" integer NOT NULL,
    "name" "text" NOT NULL,
    "applied_at" "text" NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."sessions" (
    "id" "text" NOT NULL,
    "user_id" bigint NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "last_seen" timestamp with time zone NOT NULL,
    "expires_at" timestamp with time zone NOT NULL,
    "remote" "text" DEFAULT ''::"text" NOT NULL
);


--
-- Name: task_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."task_events" (
    "id" bigint NOT NULL,
    "task_id" bigint NOT NULL,
    "at" timestamp with time zone NOT NULL,
    "actor" "text" NOT NULL,
    "actor_id" bigint DEFAULT 0 NOT NULL,
    "kind" "text" NOT NULL,
    "from_state" "text" NOT NULL,
    "to_state" "text" NOT NULL,
    "note" "text" DEFAULT ''::"text" NOT NULL
);


--
-- Name: task_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."task_events" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."task_events_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."tasks" (
    "id" bigint NOT NULL,
    "item_id" bigint NOT NULL,
    "unit_id" bigint NOT NULL,
    "parent_id" bigint,
    "role" "text" NOT NULL,
    "deadline_text" "text" DEFAULT ''::"text" NOT NULL,
    "deadline_date" "date",
    "deliverable" "text" DEFAULT ''::"text" NOT NULL,
    "contact" "text" DEFAULT ''::"text" NOT NULL,
    "notes" "text" DEFAULT ''::"text" NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "updated_at" timestamp with time zone NOT NULL,
    "state" "text" DEFAULT 'assigned'::"text" NOT NULL,
    "state_at" timestamp with time zone
);


--
-- Name: tasks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."tasks" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."tasks_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: unit_aliases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."unit_aliases" (
    "unit_id" bigint NOT NULL,
    "name" "text" NOT NULL
);


--
-- Name: units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."units" (
    "id" bigint NOT NULL,
    "ref_key" "text",
    "code" "text" DEFAULT ''::"text" NOT NULL,
    "name" "text" NOT NULL,
    "full_name" "text" DEFAULT ''::"text" NOT NULL,
    "kind" "text" NOT NULL,
    "parent_id" bigint,
    "province_id" bigint,
    "path" "text" NOT NULL COLLATE "pg_catalog"."C",
    "coastal" boolean DEFAULT false NOT NULL,
    "has_ftz" boolean DEFAULT false NOT NULL,
    "retired_at" timestamp with time zone,
    "created_at" timestamp with time zone NOT NULL
);


--
-- Name: units_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."units" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."units_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: user_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."user_grants" (
    "user_id" bigint NOT NULL,
    "unit_id" bigint NOT NULL,
    "role" "text" NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE "public"."users" (
    "id" bigint NOT NULL,
    "username" "text" NOT NULL,
    "display_name" "text" DEFAULT ''::"text" NOT NULL,
    "password_hash" "text" NOT NULL,
    "disabled" boolean DEFAULT false NOT NULL,
    "failed_count" integer DEFAULT 0 NOT NULL,
    "locked_until" timestamp with time zone,
    "created_at" timestamp with time zone NOT NULL,
    "password_changed_at" timestamp with time zone NOT NULL,
    "email" "text" DEFAULT ''::"text" NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE "public"."users" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."users_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."audit_log" VALUES (1, '2026-11-27 00:08:15.645937+00', 0, 'system', 'units.load', 'units', '', '{"added":3449}', '', '0000000000000000000000000000000000000000000000000000000000000000', '1dd1bb380210676c850524ed70ae4de712bd39c45a3d6e1dd46d7ccd0a6f9a79');
INSERT INTO "public"."audit_log" VALUES (2, '2026-11-27 00:08:16.213028+00', 0, 'system', 'notice.import', 'batch:7', '', '{"batch":7,"doc_no":"国函〔2023〕56号","domains":5,"fingerprint":"da3fc9f6e6ac8139477307c3f84d5d6fea569abbd614f1c0526da48f80065009","issued_on":"2023-06-24","issuer":"国务院","items":24,"source_bytes":13792,"source_format":"text","title":"国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知"}', '', '1dd1bb380210676c850524ed70ae4de712bd39c45a3d6e1dd46d7ccd0a6f9a79', '4bc7916131a8e57117b7bc0ea0ce557831c7f51139ee0bb6ae038b647fc63ecc');
INSERT INTO "public"."audit_log" VALUES (3, '2026-11-27 00:08:16.281975+00', 0, 'system', 'tasks.assign', 'batch:7', '', '{"existing":0,"guide":33,"implement":715,"unresolved":0}', '', '4bc7916131a8e57117b7bc0ea0ce557831c7f51139ee0bb6ae038b647fc63ecc', '4f3141739aa1cd2ec3def5e9c8e1cf5e1fca228fd367ca67b8677da3bd91115a');
INSERT INTO "public"."audit_log" VALUES (4, '2026-11-27 00:08:16.911072+00', 0, 'cli:root', 'user.create', 'user:gd.fixture', '', '{"id":1,"username":"gd.fixture","display_name":"gd.fixture","grants":[{"unit_id":37,"unit_path":"/1/37/","unit":"广东省","unit_kind":"province","role":"reporter"}],"disabled":false,"created_at":"2026-11-27T00:08:16.911072Z"}', '', '4f3141739aa1cd2ec3def5e9c8e1cf5e1fca228fd367ca67b8677da3bd91115a', 'b208682598e20ebb7d5c4955e31bd52e0384af7911364f10cfdeb0a675e57b8f');
INSERT INTO "public"."audit_log" VALUES (5, '2026-11-27 00:08:17.41538+00', 0, 'cli:root', 'user.create', 'user:sz.fixture', '', '{"id":2,"username":"sz.fixture","display_name":"sz.fixture","grants":[{"unit_id":242,"unit_path":"/1/37/242/","unit":"深圳市","unit_kind":"city","role":"reporter"}],"disabled":false,"created_at":"2026-11-27T00:08:17.41538Z"}', '', 'b208682598e20ebb7d5c4955e31bd52e0384af7911364f10cfdeb0a675e57b8f', 'd028051b8ed809daf338a5651e380fe9ba232e335b538ef4bf5a267a5fdb80ad');
INSERT INTO "public"."audit_log" VALUES (6, '2026-11-27 00:08:18.093894+00', 1, 'gd.fixture', 'session.signin', 'user:gd.fixture', '', '{"expires_at":"2026-11-27T00:38:18.093894Z","session":"d989699f28fc"}', '127.0.0.1', 'd028051b8ed809daf338a5651e380fe9ba232e335b538ef4bf5a267a5fdb80ad', '719f7a73f95be6e7e612025d080da77a79dc1285ce218065bc983c9e63fadc5f');
INSERT INTO "public"."audit_log" VALUES (7, '2026-11-27 00:08:18.385218+00', 2, 'sz.fixture', 'session.signin', 'user:sz.fixture', '', '{"expires_at":"2026-11-27T00:38:18.385218Z","session":"b47c34d8199c"}', '127.0.0.1', '719f7a73f95be6e7e612025d080da77a79dc1285ce218065bc983c9e63fadc5f', '7626688c4bc5346a04adaefdf913e78d9b5cd3cd16807b70d53ca1f3ecd93b59');
INSERT INTO "public"."audit_log" VALUES (8, '2026-11-27 00:08:18.582995+00', 1, 'gd.fixture', 'task.divide', 'task:749', '', '{"id":749,"item_id":1,"unit_id":242,"parent_id":19,"role":"lead","deadline":{"text":"2024年6月底前","date":"2024-06-30T00:00:00Z"},"deliverable":"实施方案","contact":"","notes":"","created_at":"2026-11-27T00:08:18.582995Z","batch":7,"item_seq":1,"item_name":"工程建设项目审批统一化、标准化、信息化","unit":"深圳市","unit_code":"440300","unit_kind":"city","parent_unit":"广东省","state":"assigned","state_at":"2026-11-27T00:08:18.582995Z"}', '127.0.0.1', '7626688c4bc5346a04adaefdf913e78d9b5cd3cd16807b70d53ca1f3ecd93b59', 'e8c9697506dc64eac697fdc18dba4ee4791135bf3de8644bfc972084761f2607');
INSERT INTO "public"."audit_log" VALUES (9, '2026-11-27 00:08:18.613247+00', 2, 'sz.fixture', 'task.acknowledge', 'task:749', '{"state":"assigned"}', '{"state":"acknowledged"}', '127.0.0.1', 'e8c9697506dc64eac697fdc18dba4ee4791135bf3de8644bfc972084761f2607', '066a2f7390c755125a863fdf938cafd45c193a1661f746ea3cb32017a2153a3b');
INSERT INTO "public"."audit_log" VALUES (10, '2026-11-27 00:08:18.637529+00', 2, 'sz.fixture', 'report.save', 'report:1', '', '{"id":1,"task_id":749,"period":"2024Q2","version":1,"status":"in_progress","measures":"起草工程建设项目审批实施方案。","problem":false,"evidence":[],"submitted":false,"updated_at":"2026-11-27T00:08:18.637529Z","updated_by":"sz.fixture"}', '127.0.0.1', '066a2f7390c755125a863fdf938cafd45c193a1661f746ea3cb32017a2153a3b', 'e883141a7f4378d082749f6607ea502debb6984527d613cc9774ce6a2bcb5db1');
INSERT INTO "public"."audit_log" VALUES (11, '2026-11-27 00:08:18.637529+00', 2, 'sz.fixture', 'task.draft', 'task:749', '{"state":"acknowledged"}', '{"state":"in_work","note":"2024年第2季度进展报告第 1 版"}', '127.0.0.1', 'e883141a7f4378d082749f6607ea502debb6984527d613cc9774ce6a2bcb5db1', '952b62016578bd00d6051f6136ee992735bef48c407ac4488e3651a8b93a9771');
INSERT INTO "public"."audit_log" VALUES (12, '2026-11-27 00:08:18.660684+00', 2, 'sz.fixture', 'report.submit', 'report:1', '{"id":1,"task_id":749,"period":"2024Q2","version":1,"status":"in_progress","measures":"起草工程建设项目审批实施方案。","problem":false,"evidence":[],"submitted":false,"updated_at":"2026-11-27T00:08:18.637529Z","updated_by":"sz.fixture"}', '{"id":1,"task_id":749,"period":"2024Q2","version":2,"status":"implemented","measures":"实施方案已印发，审批系统已上线。","problem":false,"evidence":[{"id":1,"title":"深圳市工程建设项目审批制度改革实施方案","doc_no":"深府办〔2024〕8号","date":"2024-06-20T00:00:00Z","link":"https://www.sz.gov.cn/"}],"submitted":true,"updated_at":"2026-11-27T00:08:18.660684Z","updated_by":"sz.fixture"}', '127.0.0.1', '952b62016578bd00d6051f6136ee992735bef48c407ac4488e3651a8b93a9771', '37534b196810f1cbff86bb7b8664288e384c95696b5e7985c1bbb8c7b64e71f7');
INSERT INTO "public"."audit_log" VALUES (13, '2026-11-27 00:08:18.660684+00', 2, 'sz.fixture', 'task.submit', 'task:749', '{"state":"in_work"}', '{"state":"reported","note":"2024年第2季度进展报告第 2 版"}', '127.0.0.1', '37534b196810f1cbff86bb7b8664288e384c95696b5e7985c1bbb8c7b64e71f7', 'f6f1da5d76de2ed6b565b009963a5607074bc1874e88f8d38f82a5bdae69dddc');
INSERT INTO "public"."audit_log" VALUES (14, '2026-11-27 00:08:18.744699+00', 0, 'system', 'notifications.remind', 'day:2026-11-27', '', '{"created":1}', '', 'f6f1da5d76de2ed6b565b009963a5607074bc1874e88f8d38f82a5bdae69dddc', '181deb56ab6234b960de23b20363e8f65b3e5ec21648769eeda1a07e7dd796a3');


--
-- Data for Name: batches; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."batches" OVERRIDING SYSTEM VALUE VALUES (1, 7, '国函〔2023〕56号', '国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知', '国务院', '2023-06-24', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构', 'https://www.gov.cn/zhengce/content/202307/content_6890912.htm', '建设自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措，肩负着更好发挥改革开放综合试验平台作用，为全面深化改革和扩大开放探索新途径、积累新经验的重大使命。按照党中央、国务院决策部署，自贸试验区所在地区和有关部门结合各自自贸试验区功能定位和特色特点，全力推进制度创新实践，形成了自贸试验区第七批改革试点经验，将在全国范围内复制推广。现就有关事项通知如下：', '自由贸易试验区第七批改革试点经验复制推广工作任务分工表', '[{"heading":"高度重视复制推广工作","text":"各地区、各部门要以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，深刻认识复制推广自贸试验区改革试点经验的重大意义，将复制推广工作作为贯彻新发展理念、推动高质量发展、建设现代化经济体系的重要举措。要把复制推广第七批改革试点经验与巩固落实前六批改革试点经验结合起来，同一领域的改革试点经验要加强系统集成，不同领域的改革试点经验要强化协同耦合，推动各方面制度更加成熟更加定型，把制度优势转化为治理效能，推进治理体系和治理能力现代化，进一步优化营商环境，激发市场活力，建设更高水平开放型经济新体制。"},{"heading":"切实做好组织实施","text":"各省（自治区、直辖市）人民政府要将自贸试验区改革试点经验复制推广工作列为本地区重点工作，加强组织领导，加大实施力度，确保复制推广工作顺利推进、取得实效。国务院各有关部门要结合工作职责，主动作为，指导完成复制推广工作。需报国务院批准的事项要按程序报批，需调整有关行政法规、国务院文件和部门规章规定的，要按法定程序办理。各地区、各部门要统筹发展和安全，落实好安全生产责任，强化复制推广全过程风险防控。商务部要牵头组织开展复制推广工作成效评估，协调解决重点和难点问题。重大问题及时报告国务院。"}]', '[{"level":"info","code":"page-break-joined","message":"空行把一段话断开了（上一行“…型，把制度优势转化为”没有以标点结束，像是分页所致），已把“治理效能，推进治理体…”接回上一段。","line":41},{"level":"warning","code":"name-mismatch","message":"正文的“出口货物检验检疫证单‘云签发’平台”与附件第 2 项“出口货物检验检疫单“云签发”平台”名称不一致（相似度 0.89），按同一事项处理，正文的名称记为别名：请核对。","line":21},{"level":"warning","code":"name-mismatch","message":"正文的“航空货运电子信息化”与附件第 3 项“航空货运电子化”名称不一致（相似度 0.71），按同一事项处理，正文的名称记为别名：请核对。","line":21},{"level":"info","code":"quote-style","message":"正文的“水路运输危险货物‘谎报匿报四步稽查法’”与附件第 4 项“水路运输危险货物“谎报匿报四步稽查法””只是引号等标点写法不同，按同一事项处理。","line":23},{"level":"info","code":"quote-style","message":"正文的“国际航行船舶‘模块化’检查机制”与附件第 6 项“国际航行船舶“模块化”检查机制”只是引号等标点写法不同，按同一事项处理。","line":23},{"level":"info","code":"quote-style","message":"正文的“知识产权类案件‘简案快办’”与附件第 21 项“知识产权类案件“简案快办””只是引号等标点写法不同，按同一事项处理。","line":29},{"level":"info","code":"quote-style","message":"正文的“专利侵权纠纷‘先行裁驳、另行请求’裁决模式”与附件第 22 项“专利侵权纠纷“先行裁驳、另行请求”裁决模式”只是引号等标点写法不同，按同一事项处理。","line":29},{"level":"info","code":"quote-style","message":"正文的“入海排污口规范化‘分级分类管理’新模式”与附件第 24 项“入海排污口规范化“分级分类管理”新模式”只是引号等标点写法不同，按同一事项处理。","line":35}]', 'da3fc9f6e6ac8139477307c3f84d5d6fea569abbd614f1c0526da48f80065009', 'text', '\x0a0a28e4bba5e4b88be99984e98c84e7af80e98c84e887aae4b8ade59c8be694bfe5ba9ce7b6b2efbc8ce585a8e69687e58fafe58f83e996b10a0a5b68747470733a2f2f7777772e676f762e636e2f7a68656e6763652f636f6e74656e742f3230323330372f636f6e74656e745c5c5f363839303931322e68746d5d2868747470733a2f2f7777772e676f762e636e2f7a68656e6763652f636f6e74656e742f3230323330372f636f6e74656e745f363839303931322e68746d29290a0ae99984e98c840a0a2a2ae59bbde58aa1e999a2e585b3e4ba8ee5819ae5a5bde887aae794b1e8b4b8e69893e8af95e9aa8ce58cbae7acace4b883e689b920200ae694b9e99da9e8af95e782b9e7bb8fe9aa8ce5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce79a84e9809ae79fa52a2a20200a2a2ae59bbde587bde3809432303233e380953536e58fb72a2a0a0ae59084e79c81e38081e887aae6b2bbe58cbae38081e79bb4e8be96e5b882e4babae6b091e694bfe5ba9cefbc8ce59bbde58aa1e999a2e59084e983a8e5a794e38081e59084e79bb4e5b19ee69cbae69e84efbc9a0a0ae5bbbae8aebee887aae794b1e8b4b8e69893e8af95e9aa8ce58cbaefbc88e4bba5e4b88be7ae80e7a7b0e887aae8b4b8e8af95e9aa8ce58cbaefbc89e698afe5859ae4b8ade5a4aee38081e59bbde58aa1e999a2e59ca8e696b0e697b6e4bba3e68ea8e8bf9be694b9e99da9e5bc80e694bee79a84e9878de8a681e68898e795a5e4b8bee68eaaefbc8ce882a9e8b49fe79d80e69bb4e5a5bde58f91e68ca5e694b9e99da9e5bc80e694bee7bbbce59088e8af95e9aa8ce5b9b3e58fb0e4bd9ce794a8efbc8ce4b8bae585a8e99da2e6b7b1e58c96e694b9e99da9e5928ce689a9e5a4a7e5bc80e694bee68ea2e7b4a2e696b0e98094e5be84e38081e7a7afe7b4afe696b0e7bb8fe9aa8ce79a84e9878de5a4a7e4bdbfe591bde38082e68c89e785a7e5859ae4b8ade5a4aee38081e59bbde58aa1e999a2e586b3e7ad96e983a8e7bdb2efbc8ce887aae8b4b8e8af95e9aa8ce58cbae68980e59ca8e59cb0e58cbae5928ce69c89e585b3e983a8e997a8e7bb93e59088e59084e887aae887aae8b4b8e8af95e9aa8ce58cbae58a9fe883bde5ae9ae4bd8de5928ce789b9e889b2e789b9e782b9efbc8ce585a8e58a9be68ea8e8bf9be588b6e5baa6e5889be696b0e5ae9ee8b7b5efbc8ce5bda2e68890e4ba86e887aae8b4b8e8af95e9aa8ce58cbae7acace4b883e689b9e694b9e99da9e8af95e782b9e7bb8fe9aa8cefbc8ce5b086e59ca8e585a8e59bbde88c83e59bb4e58685e5a48de588b6e68ea8e5b9bfe38082e78eb0e5b0b1e69c89e585b3e4ba8be9a1b9e9809ae79fa5e5a682e4b88befbc9a0a0a2a2ae4b880e38081e5a48de588b6e68ea8e5b9bfe79a84e4b8bbe8a681e58685e5aeb92a2a0a0aefbc88e4b880efbc89e59ca8e585a8e59bbde88c83e59bb4e58685e5a48de588b6e68ea8e5b9bfe79a84e694b9e99da9e4ba8be9a1b9e380820a0a312ee68a95e8b584e8b4b8e69893e4bebfe588a9e58c96e9a286e59f9fefbc9ae2809ce5b7a5e7a88be5bbbae8aebee9a1b9e79baee5aea1e689b9e7bb9fe4b880e58c96e38081e6a087e58786e58c96e38081e4bfa1e681afe58c96e2809de38081e2809ce587bae58fa3e8b4a7e789a9e6a380e9aa8ce6a380e796abe8af81e58d95e28098e4ba91e7adbee58f91e28099e5b9b3e58fb0e2809de38081e2809ce888aae7a9bae8b4a7e8bf90e794b5e5ad90e4bfa1e681afe58c96e2809de7ad8933e9a1b9e380820a0a322ee694bfe5ba9ce7aea1e79086e5889be696b0e9a286e59f9fefbc9ae2809ce6b0b4e8b7afe8bf90e8be93e58db1e999a9e8b4a7e789a9e28098e8b08ee68aa5e58cbfe68aa5e59b9be6ada5e7a8bde69fa5e6b395e28099e2809de38081e2809ce6b5b7e4ba8be694bfe58aa1e997ade78eafe7aea1e79086e2809de38081e2809ce59bbde99985e888aae8a18ce888b9e888b6e28098e6a8a1e59d97e58c96e28099e6a380e69fa5e69cbae588b6e2809de38081e2809ce5ba94e794a8e794b5e5ad90e58ab3e58aa8e59088e5908ce4bfa1e681afe4bebfe68db7e58a9ee79086e4babae58a9be8b584e6ba90e7a4bee4bc9ae4bf9de99a9ce4b89ae58aa1e2809de38081e2809ce58cbbe88dafe68b9be98787e4bbb7e6a0bce8b083e68ea7e69cbae588b6e2809de7ad8935e9a1b9e380820a0a332ee98791e89e8de5bc80e694bee5889be696b0e9a286e59f9fefbc9ae2809ce8b7a8e5a283e4babae6b091e5b881e585a8e7a88be794b5e5ad90e7bcb4e7a88ee2809de38081e2809ce5afb9e5a496e689bfe58c85e5b7a5e7a88be7b1bbe4bc98e8b4a8e8af9ae4bfa1e4bc81e4b89ae8b7a8e5a283e4babae6b091e5b881e7bb93e7ae97e4b89ae58aa1e4bebfe588a9e58c96e2809de38081e2809ce8af81e588b8e38081e69c9fe8b4a7e38081e59fbae98791e5a283e5a496e98791e89e8de8818ce4b89ae8b584e6a0bce8aea4e58fafe69cbae588b6e2809de38081e2809ce58aa8e4baa7e8b4a8e68abce89e8de8b584e4b89ae58aa1e6a8a1e5bc8fe2809de38081e2809ce7a791e5889be4bc81e4b89ae7a5a8e68daee89e8de8b584e696b0e6a8a1e5bc8fe2809de38081e2809ce79fa5e8af86e4baa7e69d83e8b4a8e68abce89e8de8b584e6a8a1e5bc8fe5889be696b0e2809de7ad8936e9a1b9e380820a0a342ee4baa7e4b89ae9ab98e8b4a8e9878fe58f91e5b195e9a286e59f9fefbc9ae2809ce588b6e980a0e4b89ae699bae883bde58c96e8bdace59e8be5b882e59cbae58c96e58d87e7baa7e696b0e6a8a1e5bc8fe2809de38081e2809ce581a5e5bab7e58cbbe79697e5a4a7e695b0e68daee8bdace58c96e5ba94e794a8e2809de38081e2809ce4b893e588a9e5afbce888aae58aa9e58a9be4baa7e4b89ae5889be696b0e58d8fe5908ce88194e58aa8e696b0e6a8a1e5bc8fe2809de38081e2809ce4b893e588a9e5bc80e694bee8aeb8e58fafe696b0e6a8a1e5bc8fe2809de38081e2809ce6b7b1e58c96e79fa5e8af86e4baa7e69d83e69c8de58aa1e4b89ae99b86e8819ae58f91e5b195e694b9e99da9e2809de7ad8935e9a1b9e380820a0a352ee79fa5e8af86e4baa7e69d83e4bf9de68aa4e9a286e59f9fefbc9ae2809ce79fa5e8af86e4baa7e69d83e7baa0e7bab7e8b083e8a7a3e4bc98e58588e69cbae588b6e2809de38081e2809ce79fa5e8af86e4baa7e69d83e7b1bbe6a188e4bbb6e28098e7ae80e6a188e5bfabe58a9ee28099e2809de38081e2809ce4b893e588a9e4beb5e69d83e7baa0e7bab7e28098e58588e8a18ce8a381e9a9b3e38081e58fa6e8a18ce8afb7e6b182e28099e8a381e586b3e6a8a1e5bc8fe2809de7ad8933e9a1b9e380820a0aefbc88e4ba8cefbc89e59ca8e789b9e5ae9ae58cbae59f9fe5a48de588b6e68ea8e5b9bfe79a84e694b9e99da9e4ba8be9a1b9e380820a0a312ee59ca8e887aae8b4b8e8af95e9aa8ce58cbae5a48de588b6e68ea8e5b9bfe2809ce68ea8e5b9bfe79fa5e8af86e4baa7e69d83e6b5b7e5a496e4beb5e69d83e8b4a3e4bbbbe999a9e2809de380820a0a322ee59ca8e6b2bfe6b5b7e59cb0e58cbae5a48de588b6e68ea8e5b9bfe2809ce585a5e6b5b7e68e92e6b1a1e58fa3e8a784e88c83e58c96e28098e58886e7baa7e58886e7b1bbe7aea1e79086e28099e696b0e6a8a1e5bc8fe2809de380820a0a2a2ae4ba8ce38081e9ab98e5baa6e9878de8a786e5a48de588b6e68ea8e5b9bfe5b7a5e4bd9c2a2a0a0ae59084e59cb0e58cbae38081e59084e983a8e997a8e8a681e4bba5e4b9a0e8bf91e5b9b3e696b0e697b6e4bba3e4b8ade59bbde789b9e889b2e7a4bee4bc9ae4b8bbe4b989e6809de683b3e4b8bae68c87e5afbcefbc8ce6b7b1e585a5e8b4afe5bdbbe5859ae79a84e4ba8ce58d81e5a4a7e7b2bee7a59eefbc8ce6b7b1e588bbe8aea4e8af86e5a48de588b6e68ea8e5b9bfe887aae8b4b8e8af95e9aa8ce58cbae694b9e99da9e8af95e782b9e7bb8fe9aa8ce79a84e9878de5a4a7e6848fe4b989efbc8ce5b086e5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce4bd9ce4b8bae8b4afe5bdbbe696b0e58f91e5b195e79086e5bfb5e38081e68ea8e58aa8e9ab98e8b4a8e9878fe58f91e5b195e38081e5bbbae8aebee78eb0e4bba3e58c96e7bb8fe6b58ee4bd93e7b3bbe79a84e9878de8a681e4b8bee68eaae38082e8a681e68a8ae5a48de588b6e68ea8e5b9bfe7acace4b883e689b9e694b9e99da9e8af95e782b9e7bb8fe9aa8ce4b88ee5b7a9e59bbae890bde5ae9ee5898de585ade689b9e694b9e99da9e8af95e782b9e7bb8fe9aa8ce7bb93e59088e8b5b7e69da5efbc8ce5908ce4b880e9a286e59f9fe79a84e694b9e99da9e8af95e782b9e7bb8fe9aa8ce8a681e58aa0e5bcbae7b3bbe7bb9fe99b86e68890efbc8ce4b88de5908ce9a286e59f9fe79a84e694b9e99da9e8af95e782b9e7bb8fe9aa8ce8a681e5bcbae58c96e58d8fe5908ce880a6e59088efbc8ce68ea8e58aa8e59084e696b9e99da2e588b6e5baa6e69bb4e58aa0e68890e7869fe69bb4e58aa0e5ae9ae59e8befbc8ce68a8ae588b6e5baa6e4bc98e58abfe8bdace58c96e4b8ba0a0ae6b2bbe79086e69588e883bdefbc8ce68ea8e8bf9be6b2bbe79086e4bd93e7b3bbe5928ce6b2bbe79086e883bde58a9be78eb0e4bba3e58c96efbc8ce8bf9be4b880e6ada5e4bc98e58c96e890a5e59586e78eafe5a283efbc8ce6bf80e58f91e5b882e59cbae6b4bbe58a9befbc8ce5bbbae8aebee69bb4e9ab98e6b0b4e5b9b3e5bc80e694bee59e8be7bb8fe6b58ee696b0e4bd93e588b6e380820a0a232323202a2ae4b889e38081e58887e5ae9ee5819ae5a5bde7bb84e7bb87e5ae9ee696bd2a2a0a0ae59084e79c81efbc88e887aae6b2bbe58cbae38081e79bb4e8be96e5b882efbc89e4babae6b091e694bfe5ba9ce8a681e5b086e887aae8b4b8e8af95e9aa8ce58cbae694b9e99da9e8af95e782b9e7bb8fe9aa8ce5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce58897e4b8bae69cace59cb0e58cbae9878de782b9e5b7a5e4bd9cefbc8ce58aa0e5bcbae7bb84e7bb87e9a286e5afbcefbc8ce58aa0e5a4a7e5ae9ee696bde58a9be5baa6efbc8ce7a1aee4bf9de5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce9a1bae588a9e68ea8e8bf9be38081e58f96e5be97e5ae9ee69588e38082e59bbde58aa1e999a2e59084e69c89e585b3e983a8e997a8e8a681e7bb93e59088e5b7a5e4bd9ce8818ce8b4a3efbc8ce4b8bbe58aa8e4bd9ce4b8baefbc8ce68c87e5afbce5ae8ce68890e5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce38082e99c80e68aa5e59bbde58aa1e999a2e689b9e58786e79a84e4ba8be9a1b9e8a681e68c89e7a88be5ba8fe68aa5e689b9efbc8ce99c80e8b083e695b4e69c89e585b3e8a18ce694bfe6b395e8a784e38081e59bbde58aa1e999a2e69687e4bbb6e5928ce983a8e997a8e8a784e7aba0e8a784e5ae9ae79a84efbc8ce8a681e68c89e6b395e5ae9ae7a88be5ba8fe58a9ee79086e38082e59084e59cb0e58cbae38081e59084e983a8e997a8e8a681e7bb9fe7adb9e58f91e5b195e5928ce5ae89e585a8efbc8ce890bde5ae9ee5a5bde5ae89e585a8e7949fe4baa7e8b4a3e4bbbbefbc8ce5bcbae58c96e5a48de588b6e68ea8e5b9bfe585a8e8bf87e7a88be9a38ee999a9e998b2e68ea7e38082e59586e58aa1e983a8e8a681e789b5e5a4b4e7bb84e7bb87e5bc80e5b195e5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce68890e69588e8af84e4bcb0efbc8ce58d8fe8b083e8a7a3e586b3e9878de782b9e5928ce99abee782b9e997aee9a298e38082e9878de5a4a7e997aee9a298e58f8ae697b6e68aa5e5918ae59bbde58aa1e999a2e380820a0ae99984e4bbb6efbc9ae887aae794b1e8b4b8e69893e8af95e9aa8ce58cbae7acace4b883e689b9e694b9e99da9e8af95e782b9e7bb8fe9aa8ce5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce4bbbbe58aa1e58886e5b7a5e8a1a80a0ae59bbde58aa1e999a20a0a32303233e5b9b436e69c883234e697a50a0ae887aae794b1e8b4b8e69893e8af95e9aa8ce58cbae7acace4b883e689b9e694b9e99da9e8af95e782b9e7bb8fe9aa8c20200ae5a48de588b6e68ea8e5b9bfe5b7a5e4bd9ce4bbbbe58aa1e58886e5b7a5e8a1a80a0ae5ba8fe58fb709e694b9e99da9e4ba8be9a1b909e4b8bbe8a681e58685e5aeb909e8b49fe8b4a3e58d95e4bd8d09e68ea8e5b9bfe88c83e59bb40a3109e5b7a5e7a88be5bbbae8aebee9a1b9e79baee5aea1e689b9e7bb9fe4b880e58c96e38081e6a087e58786e58c96e38081e4bfa1e681afe58c9609e7bb9fe4b880e79c81e59f9fe58685e5b7a5e7a88be5bbbae8aebee9a1b9e79baee5aea1e689b9e4ba8be9a1b9e5908de7a7b0e38081e58f97e79086e69da1e4bbb6e38081e794b3e8afb7e69d90e69699e7ad89e8a681e7b4a02ce5ae9ee78eb0e5aea1e689b9e4ba8be9a1b9e6b885e58d95e38081e58a9ee4ba8be68c87e58d97e38081e58a9ee79086e6b581e7a88be7ad89e6a087e58786e58c96e38082e695b4e59088e5bbbae8aebee8a686e79b96e79c81e38081e5b882e38081e58ebfe4b889e7baa7e79a84e5b7a5e7a88be5bbbae8aebee9a1b9e79baee5aea1e689b9e7aea1e79086e7b3bbe7bb9f2ce4b88ee59c9fe59cb0e38081e8a784e58892e7ad89e983a8e997a8e4b89ae58aa1e7b3bbe7bb9fe6b7b1e5baa6e89e8de590882ce983a8e7bdb2e5ba94e794a8e5aea1e689b9e6a087e58786e58c96e68890e69e9c2ce9809ae8bf87e7bb86e58c96e9a1b9e79baee7bc96e7a081e8a784e588992ce5a4a7e58a9be68ea8e8a18ce794b5e5ad90e8af81e785a72ce5ae9ee78eb0e5b7a5e7a88be5bbbae8aebee9a1b9e79baee5aea1e689b9e2809ce4b880e7bd91e9809ae58a9ee2809de5928ce5bbbae8aebee8bf87e7a88be7b2bee58786e7aea1e790862ce58887e5ae9ee68f90e58d87e4bc81e4b89ae38081e7bea4e4bc97e58a9ee4ba8be4bebfe588a9e5baa6e3808209e4bd8fe688bfe59f8ee4b9a1e5bbbae8aebee983a809e585a8e59bbd0a3209e587bae58fa3e8b4a7e789a9e6a380e9aa8ce6a380e796abe58d95e2809ce4ba91e7adbee58f91e2809de5b9b3e58fb009e4be9de68998e59bbde99985e8b4b8e69893e2809ce58d95e4b880e7aa97e58fa3e2809de5bbbae7ab8be587bae58fa3e8b4a7e789a9e6a380e9aa8ce6a380e796abe8af81e58d95e2809ce4ba91e7adbee58f91e2809de5b9b3e58fb02ce5ae9ee78eb0e587bae58fa3e8b4a7e789a9e6b5b7e585b3e6a380e9aa8ce6a380e796abe8af81e4b9a6e695b0e68daee794b5e5ad90e58c96e3808209e6b5b7e585b3e680bbe7bdb209e585a8e59bbd0a3309e888aae7a9bae8b4a7e8bf90e794b5e5ad90e58c9609e68ea2e7b4a2e5bbbae7ab8be888aae7a9bae8b4a7e8bf90e794b5e5ad90e4bfa1e681afe6a087e58786e4bd93e7b3bbe38082e690ade5bbbae794b5e5ad90e8b4a7e8bf90e4bfa1e681afe69c8de58aa1e5b9b3e58fb02ce4b8bae888aae7a9bae585ace58fb8e38081e69cbae59cbae8b4a7e7ab99e38081e69ea2e7babde69cbae59cbae38081e8b4a7e4bba3e4bc81e4b89ae38081e58da1e8bda6e4bc81e4b89ae7ad89e68f90e4be9be8b79fe8b8aae69fa5e8afa2e38081e59ca8e7babfe79b91e68ea7e38081e59ca8e7babfe789a9e6b581e4baa4e69893e7ad89e4bfa1e681afe69c8de58aa12ce5ae9ee78eb0e587bae6b8afe694b6e8b4a7e28094e5ae89e6a380e28094e8b4a7e789a9e989b4e5ae9ae7ad89e585a8e6b581e7a88be4b880e7ab99e5bc8fe794b5e5ad90e58c96e6938de4bd9ce38082e68ea8e8bf9be888aae7a9bae8b4a7e8bf90e794b5e5ad90e8bf90e58d95e5ba94e794a82ce5ae9ee78eb0e69cbae59cbae8b4a7e7ab99e4b88ee888aae7a9bae585ace58fb8e695b0e68daee5ae9ee697b6e4ba92e88194e4ba92e9809ae3808209e4b8ade59bbde6b091e888aae5b18009e585a8e59bbd0a3409e6b0b4e8b7afe8bf90e8be93e58db1e999a9e8b4a7e789a9e2809ce8b08ee68aa5e58cbfe68aa5e59b9be6ada5e7a8bde69fa5e6b395e2809d09e6b5b7e4ba8be983a8e997a8e690ade5bbbae5a49ae98094e5be84e4ba92e88194e4ba92e9809ae6b8a0e981932ce59ca8e6b0b4e8b7afe8bf90e8be93e58db1e999a9e8b4a7e789a9e79b91e7aea1e4b8ade5ae9ee8a18ce2809ce699bae685a7e88eb7e58f96e38081e4bfa1e681afe6a0b8e69fa5e38081e5bc80e7aeb1e69fa5e9aa8ce38081e8b083e69fa5e5a484e79086e2809de59b9be6ada5e7a8bde69fa5e6b3952ce7b2bee58786e68993e587bbe58db1e999a9e8b4a7e789a9e8b08ee68aa5e58cbfe68aa5e8a18ce4b8bae3808209e4baa4e9809ae8bf90e8be93e983a809e585a8e59bbd0a3509e6b5b7e4ba8be694bfe58aa1e997ade78eafe7aea1e7908609e68ea8e58aa8e6b5b7e4ba8be694bfe58aa1e69c8de58aa1e4ba8be9a1b9e4b88de8a781e99da2e58a9ee790862ce9809ae8bf87e5ae9ee696bde4b88de8a781e99da2e58f97e79086e38081e7bd91e4b88ae5aea1e689b9e38081e4b88de8a781e99da2e8a1a5e6ada3e38081e982aee5af84e58f91e8af81e7ad89e68eaae696bd2ce5a4a7e5b985e68f90e9ab98e6b5b7e4ba8be694bfe58aa1e69c8de58aa1e69588e78e87e3808209e4baa4e9809ae8bf90e8be93e983a809e585a8e59bbd0a3609e59bbde99985e888aae8a18ce888b9e888b6e2809ce6a8a1e59d97e58c96e2809de6a380e69fa5e69cbae588b609e981b5e5beaae2809ce887aae4b88ae8808ce4b88be38081e4bb8ee5908ee588b0e5898de38081e794b1e5a496e887b3e58685e2809de79a84e58e9fe588992ce5afb9e59bbde99985e888aae8a18ce888b9e888b6e9a9bee9a9b6e58fb0e38081e697a0e7babfe794b5e7ad89e58d81e4b8aae6a8a1e59d97e8bf9be8a18ce5ae89e585a8e6a380e69fa52ce68f90e58d87e6a380e69fa5e69c8de58aa1e69588e78e87e4b88ee8b4a8e9878f2ce5908ce697b6e588a9e794a8e4bfa1e681afe68a80e69cafe5bda2e68890e2809ce697a0e68ea5e8a7a6e2809de8bf9ce7a88be6a8a1e59d97e58c96e6a380e69fa5e6a8a1e5bc8fe3808209e4baa4e9809ae8bf90e8be93e983a809e585a8e59bbd0a3709e5ba94e794a8e794b5e5ad90e58ab3e58aa8e59088e5908ce4bfa1e681afe4bebfe68db7e58a9ee79086e4babae58a9be8b584e6ba90e7a4bee4bc9ae4bf9de99a9ce4b89ae58aa109e68ea8e8a18ce794b5e5ad90e58ab3e58aa8e59088e5908ce5ba94e794a82ce585ace5b883e68ea5e694b6e794b5e5ad90e58ab3e58aa8e59088e5908ce4bfa1e681afe79a84e695b0e68daee6a0bce5bc8fe5928ce6a087e587862ce696b9e4bebfe4bc81e4b89ae5928ce58ab3e58aa8e88085e59091e4babae58a9be8b584e6ba90e7a4bee4bc9ae4bf9de99a9ce983a8e997a8e68aa5e98081e794b5e5ad90e58ab3e58aa8e59088e5908ce4bfa1e681afe38082e4be9de68998e794b5e5ad90e58ab3e58aa8e59088e5908ce4bfa1e681af2ce694afe68c81e4bc81e4b89ae5928ce58ab3e58aa8e88085e4bebfe68db7e58a9ee79086e58ab3e58aa8e794a8e5b7a5e5a487e6a188e38081e5b0b1e4b89ae5a4b1e4b89ae799bbe8aeb0e38081e7a4bee4bc9ae4bf9de999a9e7bb8fe58a9ee5928ce5be85e98187e794b3e9a286e7ad89e4babae58a9be8b584e6ba90e7a4bee4bc9ae4bf9de99a9ce79bb8e585b3e4b89ae58aa1e3808209e4babae58a9be8b584e6ba90e7a4bee4bc9ae4bf9de99a9ce983a809e585a8e59bbd0a3809e58cbbe88dafe68b9be98787e4bbb7e6a0bce8b083e68ea7e69cbae588b609e4be9de68998e585a8e59bbde58cbbe88dafe4bbb7e6a0bce79b91e6b58be5b7a5e7a88b2ce5afb9e58f82e4b88ee88dafe59381e5928ce58cbbe794a8e88097e69d90e68b9be6a087e4b88ee98787e8b4ade79a84e4bc81e4b89ae38081e58cbbe79697e69cbae69e84e5bc80e5b195e4bbb7e6a0bce79b91e6b58b2ce79da3e4bf83e4bc81e4b89ae5928ce58cbbe79697e69cbae69e84e981b5e5ae88e99b86e98787e38081e8b088e588a4e7ad89e4bbb7e6a0bce7aea1e79086e7bb93e69e9c2ce5bc95e5afbce4bbb7e6a0bce59b9ee5bd92e59088e79086e6b0b4e5b9b3e3808209e59bbde5aeb6e58cbbe4bf9de5b18009e585a8e59bbd0a0a3909e8b7a8e5a283e4babae6b091e5b881e585a8e7a88be794b5e5ad90e7bcb4e7a88e09e4be9de68998e8b4a2e7a88ee5ba93e993b6e6a8aae59091e88194e7bd91e7b3bbe7bb9fe4b88ee4babae6b091e5b881e8b7a8e5a283e694afe4bb98e69cbae588b62ce4b8bae5a283e5a496e99d9ee5b185e6b091e7bab3e7a88ee4babae68f90e4be9be79bb4e68ea5e4bdbfe794a8e4babae6b091e5b881e8b7a8e5a283e7bcb4e7bab3e7a88ee6acbee79a84e4bebfe588a9e3808209e4b8ade59bbde4babae6b091e993b6e8a18ce38081e7a88ee58aa1e680bbe5b18009e585a8e59bbd0a313009e5afb9e5a496e689bfe58c85e5b7a5e7a88be7b1bbe4bc98e8b4a8e8af9ae4bfa1e4bc81e4b89ae8b7a8e5a283e4babae6b091e5b881e7bb93e7ae97e4b89ae58aa1e4bebfe588a9e58c9609e694afe68c81e993b6e8a18ce59ca8e4b89ae58aa1e8838ce699afe79c9fe5ae9ee79a84e5898de68f90e4b88b2ce4b8bae4bc98e8b4a8e8af9ae4bfa1e4bc81e4b89ae58a9ee79086e4b88ee5a283e5a496e58886e585ace58fb8e38081e9a1b9e79baee983a8e7ad89e69cbae69e84e8b4a6e688b7e4b98be997b4e79a84e8b7a8e5a283e4babae6b091e5b881e8b584e98791e694b6e4bb98e4b89ae58aa12ce8a7a3e586b3e5afb9e5a496e689bfe58c85e5b7a5e7a88be4bc81e4b89ae5a283e58685e5a496e8b584e98791e58892e8bdace99abee9a298e3808209e4b8ade59bbde4babae6b091e993b6e8a18ce38081e59586e58aa1e983a809e585a8e59bbd0a313109e8af81e588b8e38081e69c9fe8b4a7e38081e59fbae98791e5a283e5a496e98791e89e8de8818ce4b89ae8b584e6a0bce8aea4e58fafe69cbae588b609e5bbbae7ab8be8af81e588b8e38081e69c9fe8b4a7e38081e59fbae98791e2809ce4b889e4bd8de4b880e4bd93e2809de79a84e5a283e5a496e98791e89e8de8818ce4b89ae8b584e6a0bce8aea4e58fafe69cbae588b6e38082e585b7e69c89e5a283e5a496e79bb8e585b3e98791e89e8de8818ce4b89ae8b584e6a0bc2ce68980e59ca8e59bbde5aeb628e59cb0e58cba29e4b88ee4b8ade59bbde98791e89e8de79b91e7aea1e983a8e997a8e7adbee7bdb2e3808ae8af81e588b8e69c9fe8b4a7e79b91e7aea1e59088e4bd9ce8b085e8a7a3e5a487e5bf98e5bd95e3808be79a84e98791e89e8de4babae6898d2ce697a0e99c80e58f82e58aa0e4b893e4b89ae79fa5e8af86e88083e8af952ce9809ae8bf87e79bb8e585b3e6b395e5be8be6b395e8a784e5928ce8818ce4b89ae98193e5beb7e8a784e88c83e88083e8af95e5908e2ce58db3e58fafe794b3e8afb7e6b3a8e5868ce4bb8ee4b89ae8b584e6a0bce68896e58a9ee79086e689a7e4b89ae799bbe8aeb02ce5bc80e5b195e98791e89e8de4b893e4b89ae69c8de58aa1e3808209e4b8ade59bbde8af81e79b91e4bc9a09e585a8e59bbd0a313209e58aa8e4baa7e8b4a8e68abce89e8de8b584e4b89ae58aa1e6a8a1e5bc8f09e7a7afe69e81e5bc80e5b195e5ba94e694b6e8b4a6e6acbee38081e5ad98e8b4a7e38081e4bb93e58d95e7ad89e69d83e588a9e5928ce58aa8e4baa7e8b4a8e68abce89e8de8b584e4b89ae58aa12ce68ea8e58aa8e694b9e59684e4b8ade5b08fe5beaee4bc81e4b89ae4bfa1e794a8e69da1e4bbb62ce58aa9e58a9be8a7a3e586b3e585b6e89e8de8b584e99abee38081e89e8de8b584e8b4b5e997aee9a298e3808209e4b8ade59bbde4babae6b091e993b6e8a18ce38081e98791e89e8de79b91e7aea1e680bbe5b18009e585a8e59bbd0a313309e7a791e5889be4bc81e4b89ae7a5a8e68daee89e8de8b584e696b0e6a8a1e5bc8f09e6a0b9e68daee694bfe5ba9ce7aea1e79086e983a8e997a8e58f91e5b883e79a84e7a791e5889be7b1bbe4bc81e4b89ae5908de58d952ce5bbbae7ab8be993b6e8a18ce7b3bbe7bb9fe694afe68c81e5908de5bd952ce8bf90e794a8e7a5a8e68daee5868de8b4b4e78eb0e7ad89e8b4a7e5b881e694bfe7ad96e5b7a5e585b7e5bc95e5afbce993b6e8a18ce7bb99e4ba88e4bc81e4b89ae89e8de8b584e694afe68c81e38082e5bc95e5afbce98791e89e8de69cbae69e84e59ca8e9a38ee999a9e58fafe68ea7e79a84e69da1e4bbb6e4b88be58aa0e5bfabe58a9ee79086e8b4b4e78eb02ce68896e9809ae8bf87e5bc95e585a5e5b882e59cbae58c96e89e8de8b584e68b85e4bf9de69cbae69e84e7ad89e8b584e6ba90e68f90e4be9be68b85e4bf9de694afe68c81e58a9ee79086e8b4b4e78eb0e3808209e4b8ade59bbde4babae6b091e993b6e8a18ce38081e98791e89e8de79b91e7aea1e680bbe5b18009e585a8e59bbd0a313409e79fa5e8af86e4baa7e69d83e8b4a8e68abce89e8de8b584e6a8a1e5bc8fe5889be696b009e68993e980a0e4bba5e4bc81e4b89ae79fa5e8af86e4baa7e69d83e5928ce7bbbce59088e5889be696b0e883bde58a9be8af84e4bbb7e4b8bae6a0b8e5bf83e79a84e79fa5e8af86e4baa7e69d83e8b4a8e68abce89e8de8b584e4baa7e593812ce9809ae8bf87e690ade5bbbae5b9b3e58fb0e8bdbde4bd932ce5ae9ee78eb0e79fa5e8af86e4baa7e69d83e8b4a8e68abce89e8de8b584e4baa7e59381e7babfe4b88ae58f91e5b883e38081e58a9ee79086e58f8ae4bba3e58a9ee8b4a8e68abce799bbe8aeb02ce68f90e9ab98e89e8de8b584e69588e78e87e38082e5b9bfe6b39be5bc80e5b195e993b6e4bc81e5afb9e68ea5e6b4bbe58aa82ce68b93e5aebde89e8de8b584e6b8a0e98193e38082e7bbbce59088e8bf90e794a8e4bfa1e8b4b7e38081e4bf9de999a9e38081e8af81e588b8e7ad89e5a49ae7a78de98791e89e8de5b7a5e585b72ce8a7a3e586b3e5889be696b0e59e8be4b8ade5b08fe5beaee4bc81e4b89ae89e8de8b584e99abee9a298e3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b180e38081e4b8ade59bbde4babae6b091e993b6e8a18ce38081e98791e89e8de79b91e7aea1e680bbe5b18009e585a8e59bbd0a313509e588b6e980a0e4b89ae699bae883bde58c96e8bdace59e8be5b882e59cbae58c96e58d87e7baa7e696b0e6a8a1e5bc8f09e69c89e99c80e6b182e79a84e59cb0e58cbae7bb93e59088e5bd93e59cb0e5ae9ee99985e4b88ee8a18ce4b89ae789b9e782b9e7bc96e588b6e699bae883bde588b6e980a0e68a80e69cafe68c87e58d97e5b9b6e8aebee7bdaee6a69ce58d952ce6988ee7a1aee68fade6a69ce8a681e6b182e38082e68fade6a69ce4bc81e4b89ae68c89e785a7e6a69ce58d95e68ea8e8bf9be699bae883bde588b6e980a0e7a4bae88c83e5b7a5e58e82e5928ce59cbae699afe5bbbae8aebee38082e4b893e4b89ae69cbae69e84e68f90e4be9be6a380e9aa8ce6a380e6b58be38081e592a8e8afa2e8af8ae696ade38081e8af84e4bcb0e8af84e4bbb7e7ad89e585ace585b1e69c8de58aa1e38082e9809ae8bf87e694bfe5ba9ce38081e4bc81e4b89ae38081e4b893e4b89ae69cbae69e84e4b889e696b9e88194e58aa82ce8a7a3e586b3e4bc81e4b89ae699bae883bde58c96e8bdace59e8be8bf87e7a88be4b8ade2809ce4b88de4bc9ae8bdace38081e8b584e6ba90e5b091e38081e7aea1e79086e99abee2809de997aee9a298e3808209e5b7a5e4b89ae5928ce4bfa1e681afe58c96e983a809e585a8e59bbd0a313609e581a5e5bab7e58cbbe79697e5a4a7e695b0e68daee8bdace58c96e5ba94e794a809e4be9de68998e581a5e5bab7e58cbbe79697e5a4a7e695b0e68daee4b8ade5bf832ce69e84e5bbbae581a5e5bab7e58cbbe79697e5a4a7e695b0e68daee2809ce5ad98e38081e7aea1e38081e7ae97e38081e794a8e2809de6a087e58786e58c96e4b880e7ab99e5bc8fe8bdace58c96e5ba94e794a8e5b9b3e58fb02ce68f90e4be9be695b0e68daee5ae89e585a8e38081e68e88e69d83e4bdbfe794a8e5928ce4bf9de99a9ce99a90e7a781e8aea1e7ae97e79a84e78eafe5a2832ce5bbbae7ab8be2809ce5ae9ee5908de794b3e8afb7e38081e5bfabe9809fe5aea1e689b9e38081e5ae9ae782b9e8b083e58f96e38081e58886e7b1bbe4bdbfe794a8e38081e585a8e7a88be79b91e68ea7e38081e5a49ae696b9e79b91e7aea1e2809de79a84e695b0e68daee5ae89e585a8e585b1e4baabe7aea1e79086e8a784e88c8320616e6420e8bdace58c96e5ba94e794a8e6b581e7a88b2ce5819ae588b0e2809ce695b0e68daee4b88de587bae69cbae688bfe2809d2ce59ca8e4bf9de8af81e695b0e68daee5ae89e585a8e79a84e5898de68f90e4b88b2ce4b8bae585ace585b1e58dabe7949fe38081e4b8b4e5ba8ae7a791e7a094e38081e4baa7e4b89ae58f91e5b195e7ad89e9a286e59f9fe68f90e4be9be695b0e68daee694afe69291e3808209e59bbde5aeb6e58dabe7949fe581a5e5bab7e5a79409e585a8e59bbd0a0a313709e4b893e588a9e5afbce888aae58aa9e58a9be4baa7e4b89ae5889be696b0e58d8fe5908ce88194e58aa8e696b0e6a8a1e5bc8f09e59bb4e7bb95e4baa7e4b89ae5889be696b0e58f91e5b195e99c80e6b1822ce7b3bbe7bb9fe58c96e7bb84e7bb87e5ae9ee696bde58cbae59f9fe8a784e58892e7b1bbe38081e4baa7e4b89ae8a784e58892e7b1bbe38081e4bc81e4b89ae7bb8fe890a5e7b1bbe4b893e588a9e5afbce888aae9a1b9e79bae2ce4bf83e8bf9be5889be696b0e8b584e6ba90e7a791e5ada6e9ab98e69588e9858de7bdae2ce58aa9e58a9be7a0b4e8a7a3e585b3e994aee6a0b8e5bf83e68a80e69cafe2809ce58da1e88496e5ad90e2809de997aee9a2982ce58aa9e68ea8e4baa7e4b89ae8bdace59e8be58d87e7baa7e3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b18009e585a8e59bbd0a313809e4b893e588a9e5bc80e694bee8aeb8e58fafe696b0e6a8a1e5bc8f09e79fa5e8af86e4baa7e69d83e7aea1e79086e983a8e997a8e5be81e99b86e5b882e59cbae5898de699afe5a5bde38081e98082e59088e5a49ae4b8aae4b8bbe4bd93e5ba94e794a8e79a84e4b893e588a92ce794b1e9ab98e6a0a1e999a2e68980e7ad89e4b893e588a9e69d83e4babae887aae684bfe6988ee7a1aee8aeb8e58fafe4bdbfe794a8e8b4b9e7ad89e69da1e4bbb6e5b9b6e585ace5bc80e58f91e5b8832ce4b8ade5b08fe5beaee4bc81e4b89ae7ad89e68a80e69cafe99c80e6b182e696b9e694afe4bb98e79bb8e5ba94e8b4b9e794a8e58db3e58fafe696b9e4bebfe5bfabe9809fe8bebee68890e2809ce4b880e5afb9e5a49ae2809de8aeb8e58faf2ce68f90e58d87e8b088e588a4e69588e78e87e38081e9998de4bd8ee4baa4e69893e68890e69cace38081e4bf83e8bf9be68a80e69cafe4be9be99c80e5afb9e68ea5e3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b18009e585a8e59bbd0a313909e6b7b1e58c96e79fa5e8af86e4baa7e69d83e69c8de58aa1e4b89ae99b86e8819ae58f91e5b195e694b9e99da909e4bc98e58c96e58d87e7baa7e79fa5e8af86e4baa7e69d83e69c8de58aa1e4b89ae99b86e8819ae58f91e5b195e58cba2ce68b93e5b195e7babfe4b88be79fa5e8af86e4baa7e69d83e7bbbce59088e69c8de58aa1e58685e5aeb92ce5bbbae8aebee9878de782b9e4baa7e4b89ae79fa5e8af86e4baa7e69d83e5a4a7e695b0e68daee5b9b3e58fb02ce99b86e68890e79fa5e8af86e4baa7e69d83e4baa4e69893e38081e8aeb8e58fafe38081e4b893e588a9e5afbce888aae38081e8b4a8e68abce38081e4bf9de999a9e7ad89e58a9fe883bd2ce5ae9ee78eb0e79fa5e8af86e4baa7e69d83e69c8de58aa1e2809ce69c80e5a49ae8b791e4b880e59cb0e2809de3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b18009e585a8e59bbd0a323009e79fa5e8af86e4baa7e69d83e7baa0e7bab7e8b083e8a7a3e4bc98e58588e69cbae588b609e4beb5e78aafe6b3a8e5868ce59586e6a087e4b893e794a8e69d83e8bf9de6b395e8a18ce4b8ba28e6b689e5ab8ce78aafe7bdaae79a84e6a188e4bbb6e999a4e5a49629e59ca8e7ab8be6a188e5898de8bebee68890e8b083e8a7a3e58d8fe8aeaee5b9b6e5b1a5e8a18ce5ae8ce6af95e79a842ce58fafe4bba5e4b88de4ba88e7ab8be6a188e38082e7ab8be6a188e5908ee8bebee68890e8b083e8a7a3e58d8fe8aeaee5b9b6e5b1a5e8a18ce5ae8ce6af952ce4b8bbe58aa8e6b688e999a4e68896e88085e5878fe8bdbbe8bf9de6b395e8a18ce4b8bae58db1e5aeb3e5908ee69e9ce79a842ce5ba94e5bd93e4bb8ee8bdbbe68896e88085e5878fe8bdbbe5a484e7bd9a3be8bf9de6b395e8a18ce4b8bae8bdbbe5beaee5b9b6e58f8ae697b6e694b9e6ada32ce6b2a1e69c89e980a0e68890e7acace4b889e4babae59088e6b395e69d83e79b8ae68896e585ace585b1e588a9e79b8ae58f97e588b0e68d9fe5aeb3e7ad89e58db1e5aeb3e5908ee69e9ce79a842ce4b88de4ba88e8a18ce694bfe5a484e7bd9ae3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b180e38081e5b882e59cbae79b91e7aea1e680bbe5b18009e585a8e59bbd0a323109e79fa5e8af86e4baa7e69d83e7b1bbe6a188e4bbb6e2809ce7ae80e6a188e5bfabe58a9ee2809d09e5bcbae58c96e5baade5898de4bc9ae8aeaee58a9fe883bd2ce68ea8e58aa8e6a188e4bbb6e7b981e7ae80e58886e6b5812ce5bda2e68890e6a188e4bbb6e5aea1e79086e8a681e7b4a0e7a1aee8aea4e8a1a82ce5819ae588b0e5baade5898de58db3e59bbae5ae9ae4beb5e69d83e8af81e68daee38081e6988ee7a1aee6a188e4bbb6e4ba89e782b9e38082e4bc98e58c96e5baade5aea1e7a88be5ba8f2ce98082e5ae9ce59088e5b9b6e5baade5aea1e79a84e7b3bbe58897e6a188e4bbb6e58fafe4bba5e8bf9be8a18ce59088e5b9b6e5baade5aea12ce59bb4e7bb95e4ba89e8aeaee784a6e782b9e9878de782b9e5bc80e5b195e6b395e5baade8b083e69fa5e5928ce6b395e5baade8bea9e8aebae38082e5bcbae58c96e5bd93e5baade5aea3e588a42ce68ea8e5b9bfe8a681e7b4a0e5bc8fe588a4e586b32ce5ae9ee78eb0e588a4e586b3e4b9a6e79a84e6a087e58786e58c96e4b88ee6b581e7a88be58c96e3808209e69c80e9ab98e4babae6b091e6b395e999a209e585a8e59bbd0a323209e4b893e588a9e4beb5e69d83e7baa0e7bab7e2809ce58588e8a18ce8a381e9a9b3e38081e58fa6e8a18ce8afb7e6b182e2809de8a381e586b3e6a8a1e5bc8f09e4b893e588a9e8a18ce694bfe983a8e997a8e59ca8e58a9ee79086e4b893e588a9e4beb5e69d83e7baa0e7bab7e8a18ce694bfe8a381e586b3e6a188e4bbb6e8bf87e7a88be4b8ad2ce88ba5e6b689e6a188e4b893e588a9e69d83e8a2abe59bbde58aa1e999a2e4b893e588a9e8a18ce694bfe983a8e997a8e5aea3e5918ae697a0e695882ce58fafe4bba5e5918ae79fa5e8afb7e6b182e4babae692a4e6a1882ce8afb7e6b182e4babae59d9ae68c81e4b88de692a4e6a188e79a842ce58fafe4bba5e58588e8a18ce9a9b3e59b9ee8afb7e6b1822ce4bd86e59ca8e8a381e586b3e4b9a6e4b8ade58699e6988e2ce88ba5e7bb8fe58fb8e6b395e5aea1e69fa5e4b893e588a9e69d83e7bbb4e68c81e69c89e69588e79a842ce8afb7e6b182e4babae69c89e69d83e58fa6e8a18ce68f90e587bae8a381e586b3e8afb7e6b182e3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b180e38081e69c80e9ab98e4babae6b091e6b395e999a209e585a8e59bbd0a323309e68ea8e5b9bfe79fa5e8af86e4baa7e69d83e6b5b7e5a496e4beb5e69d83e8b4a3e4bbbbe999a909e68ea8e587bae79fa5e8af86e4baa7e69d83e6b5b7e5a496e4beb5e69d83e8b4a3e4bbbbe999a92ce694afe68c81e4bf9de999a9e69cbae69e84e690ade5bbbae8b5b7e2809ce689bfe4bf9de5898de8bf9be8a18ce9a38ee999a9e8af84e4bcb0e38081e689bfe4bf9de4b8ade68f90e4be9be4b893e4b89ae9a284e8ada6e69c8de58aa1e38081e587bae999a9e5908ee7a7afe69e81e69c89e69588e5ba94e5afb9e2809de79a84e585a8e993bee69da1e5b7a5e4bd9ce69cbae588b62ce5b8aee58aa9e4bc81e4b89ae4bba5e5b882e59cbae58c96e6898be6aeb5e8a7a3e586b3e6b689e5a496e79fa5e8af86e4baa7e69d83e7baa0e7bab72ce694afe68c81e4bc81e4b89ae2809ce8b5b0e587bae58ebbe2809de3808209e59bbde5aeb6e79fa5e8af86e4baa7e69d83e5b180e38081e98791e89e8de79b91e7aea1e680bbe5b18009e887aae8b4b8e8af95e9aa8ce58cba0a323409e585a5e6b5b7e68e92e6b1a1e58fa3e8a784e88c83e58c96e2809ce58886e7baa7e58886e7b1bbe7aea1e79086e2809de696b0e6a8a1e5bc8f09e690ade5bbbae585a5e6b5b7e68e92e6b1a1e58fa3e2809ce58886e7baa7e58886e7b1bbe2809de7b2bee7bb86e58c96e7aea1e79086e4bd93e7b3bb2ce6a0b9e68daee585a5e6b5b7e68e92e6b1a1e58fa3e789b9e680a7e58f8ae585b6e5afb9e6b5b7e6b48be7949fe68081e78eafe5a283e79a84e5bdb1e5938de7a88be5baa62ce6988ee7a1aee4b88de5908ce7b1bbe59e8be585a5e6b5b7e68e92e6b1a1e58fa3e79a84e8b4a3e4bbbbe4b8bbe4bd93e58f8ae7aea1e79086e8a681e6b1822ce5ae9ee8a18ce9878de782b9e38081e4b880e888ace5928ce7ae80e58c96e58886e7b1bbe7aea1e79086e3808209e7949fe68081e78eafe5a283e983a809e6b2bfe6b5b7e59cb0e58cba', '2026-11-27 00:08:16.213028+00', 'quarterly');


--
-- Data for Name: domains; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."domains" OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, '投资贸易便利化', 3);
INSERT INTO "public"."domains" OVERRIDING SYSTEM VALUE VALUES (2, 1, 2, '政府管理创新', 5);
INSERT INTO "public"."domains" OVERRIDING SYSTEM VALUE VALUES (3, 1, 3, '金融开放创新', 6);
INSERT INTO "public"."domains" OVERRIDING SYSTEM VALUE VALUES (4, 1, 4, '产业高质量发展', 5);
INSERT INTO "public"."domains" OVERRIDING SYSTEM VALUE VALUES (5, 1, 5, '知识产权保护', 3);


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."evidence" OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, '深圳市工程建设项目审批制度改革实施方案', '深府办〔2024〕8号', '2024-06-20', 'https://www.sz.gov.cn/', '', '', 0, '', NULL, NULL);


--
-- Data for Name: item_aliases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."item_aliases" VALUES (2, 1, '出口货物检验检疫证单‘云签发’平台');
INSERT INTO "public"."item_aliases" VALUES (3, 1, '航空货运电子信息化');


--
-- Data for Name: item_responsible; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."item_responsible" VALUES (1, 1, '住房城乡建设部');
INSERT INTO "public"."item_responsible" VALUES (2, 1, '海关总署');
INSERT INTO "public"."item_responsible" VALUES (3, 1, '中国民航局');
INSERT INTO "public"."item_responsible" VALUES (4, 1, '交通运输部');
INSERT INTO "public"."item_responsible" VALUES (5, 1, '交通运输部');
INSERT INTO "public"."item_responsible" VALUES (6, 1, '交通运输部');
INSERT INTO "public"."item_responsible" VALUES (7, 1, '人力资源社会保障部');
INSERT INTO "public"."item_responsible" VALUES (8, 1, '国家医保局');
INSERT INTO "public"."item_responsible" VALUES (9, 1, '中国人民银行');
INSERT INTO "public"."item_responsible" VALUES (9, 2, '税务总局');
INSERT INTO "public"."item_responsible" VALUES (10, 1, '中国人民银行');
INSERT INTO "public"."item_responsible" VALUES (10, 2, '商务部');
INSERT INTO "public"."item_responsible" VALUES (11, 1, '中国证监会');
INSERT INTO "public"."item_responsible" VALUES (12, 1, '中国人民银行');
INSERT INTO "public"."item_responsible" VALUES (12, 2, '金融监管总局');
INSERT INTO "public"."item_responsible" VALUES (13, 1, '中国人民银行');
INSERT INTO "public"."item_responsible" VALUES (13, 2, '金融监管总局');
INSERT INTO "public"."item_responsible" VALUES (14, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (14, 2, '中国人民银行');
INSERT INTO "public"."item_responsible" VALUES (14, 3, '金融监管总局');
INSERT INTO "public"."item_responsible" VALUES (15, 1, '工业和信息化部');
INSERT INTO "public"."item_responsible" VALUES (16, 1, '国家卫生健康委');
INSERT INTO "public"."item_responsible" VALUES (17, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (18, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (19, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (20, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (20, 2, '市场监管总局');
INSERT INTO "public"."item_responsible" VALUES (21, 1, '最高人民法院');
INSERT INTO "public"."item_responsible" VALUES (22, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (22, 2, '最高人民法院');
INSERT INTO "public"."item_responsible" VALUES (23, 1, '国家知识产权局');
INSERT INTO "public"."item_responsible" VALUES (23, 2, '金融监管总局');
INSERT INTO "public"."item_responsible" VALUES (24, 1, '生态环境部');


--
-- Data for Name: item_scope_units; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, '工程建设项目审批统一化、标准化、信息化', '统一省域内工程建设项目审批事项名称、受理条件、申请材料等要素,实现审批事项清单、办事指南、办理流程等标准化。整合建设覆盖省、市、县三级的工程建设项目审批管理系统,与土地、规划等部门业务系统深度融合,部署应用审批标准化成果,通过细化项目编码规则,大力推行电子证照,实现工程建设项目审批“一网通办”和建设过程精准管理,切实提升企业、群众办事便利度。', '全国', 1, 1);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (2, 1, 2, '出口货物检验检疫单“云签发”平台', '依托国际贸易“单一窗口”建立出口货物检验检疫证单“云签发”平台,实现出口货物海关检验检疫证书数据电子化。', '全国', 1, 2);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (3, 1, 3, '航空货运电子化', '探索建立航空货运电子信息标准体系。搭建电子货运信息服务平台,为航空公司、机场货站、枢纽机场、货代企业、卡车企业等提供跟踪查询、在线监控、在线物流交易等信息服务,实现出港收货—安检—货物鉴定等全流程一站式电子化操作。推进航空货运电子运单应用,实现机场货站与航空公司数据实时互联互通。', '全国', 1, 3);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (4, 1, 4, '水路运输危险货物“谎报匿报四步稽查法”', '海事部门搭建多途径互联互通渠道,在水路运输危险货物监管中实行“智慧获取、信息核查、开箱查验、调查处理”四步稽查法,精准打击危险货物谎报匿报行为。', '全国', 2, 1);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (5, 1, 5, '海事政务闭环管理', '推动海事政务服务事项不见面办理,通过实施不见面受理、网上审批、不见面补正、邮寄发证等措施,大幅提高海事政务服务效率。', '全国', 2, 2);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (6, 1, 6, '国际航行船舶“模块化”检查机制', '遵循“自上而下、从后到前、由外至内”的原则,对国际航行船舶驾驶台、无线电等十个模块进行安全检查,提升检查服务效率与质量,同时利用信息技术形成“无接触”远程模块化检查模式。', '全国', 2, 3);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (7, 1, 7, '应用电子劳动合同信息便捷办理人力资源社会保障业务', '推行电子劳动合同应用,公布接收电子劳动合同信息的数据格式和标准,方便企业和劳动者向人力资源社会保障部门报送电子劳动合同信息。依托电子劳动合同信息,支持企业和劳动者便捷办理劳动用工备案、就业失业登记、社会保险经办和待遇申领等人力资源社会保障相关业务。', '全国', 2, 4);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (8, 1, 8, '医药招采价格调控机制', '依托全国医药价格监测工程,对参与药品和医用耗材招标与采购的企业、医疗机构开展价格监测,督促企业和医疗机构遵守集采、谈判等价格管理结果,引导价格回归合理水平。', '全国', 2, 5);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (9, 1, 9, '跨境人民币全程电子缴税', '依托财税库银横向联网系统与人民币跨境支付机制,为境外非居民纳税人提供直接使用人民币跨境缴纳税款的便利。', '全国', 3, 1);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (10, 1, 10, '对外承包工程类优质诚信企业跨境人民币结算业务便利化', '支持银行在业务背景真实的前提下,为优质诚信企业办理与境外分公司、项目部等机构账户之间的跨境人民币资金收付业务,解决对外承包工程企业境内外资金划转难题。', '全国', 3, 2);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (11, 1, 11, '证券、期货、基金境外金融职业资格认可机制', '建立证券、期货、基金“三位一体”的境外金融职业资格认可机制。具有境外相关金融职业资格,所在国家(地区)与中国金融监管部门签署《证券期货监管合作谅解备忘录》的金融人才,无需参加专业知识考试,通过相关法律法规和职业道德规范考试后,即可申请注册从业资格或办理执业登记,开展金融专业服务。', '全国', 3, 3);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (12, 1, 12, '动产质押融资业务模式', '积极开展应收账款、存货、仓单等权利和动产质押融资业务,推动改善中小微企业信用条件,助力解决其融资难、融资贵问题。', '全国', 3, 4);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (13, 1, 13, '科创企业票据融资新模式', '根据政府管理部门发布的科创类企业名单,建立银行系统支持名录,运用票据再贴现等货币政策工具引导银行给予企业融资支持。引导金融机构在风险可控的条件下加快办理贴现,或通过引入市场化融资担保机构等资源提供担保支持办理贴现。', '全国', 3, 5);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (14, 1, 14, '知识产权质押融资模式创新', '打造以企业知识产权和综合创新能力评价为核心的知识产权质押融资产品,通过搭建平台载体,实现知识产权质押融资产品线上发布、办理及代办质押登记,提高融资效率。广泛开展银企对接活动,拓宽融资渠道。综合运用信贷、保险、证券等多种金融工具,解决创新型中小微企业融资难题。', '全国', 3, 6);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (15, 1, 15, '制造业智能化转型市场化升级新模式', '有需求的地区结合当地实际与行业特点编制智能制造技术指南并设置榜单,明确揭榜要求。揭榜企业按照榜单推进智能制造示范工厂和场景建设。专业机构提供检验检测、咨询诊断、评估评价等公共服务。通过政府、企业、专业机构三方联动,解决企业智能化转型过程中“不会转、资源少、管理难”问题。', '全国', 4, 1);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (16, 1, 16, '健康医疗大数据转化应用', '依托健康医疗大数据中心,构建健康医疗大数据“存、管、算、用”标准化一站式转化应用平台,提供数据安全、授权使用和保障隐私计算的环境,建立“实名申请、快速审批、定点调取、分类使用、全程监控、多方监管”的数据安全共享管理规范 and 转化应用流程,做到“数据不出机房”,在保证数据安全的前提下,为公共卫生、临床科研、产业发展等领域提供数据支撑。', '全国', 4, 2);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (17, 1, 17, '专利导航助力产业创新协同联动新模式', '围绕产业创新发展需求,系统化组织实施区域规划类、产业规划类、企业经营类专利导航项目,促进创新资源科学高效配置,助力破解关键核心技术“卡脖子”问题,助推产业转型升级。', '全国', 4, 3);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (18, 1, 18, '专利开放许可新模式', '知识产权管理部门征集市场前景好、适合多个主体应用的专利,由高校院所等专利权人自愿明确许可使用费等条件并公开发布,中小微企业等技术需求方支付相应费用即可方便快速达成“一对多”许可,提升谈判效率、降低交易成本、促进技术供需对接。', '全国', 4, 4);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (19, 1, 19, '深化知识产权服务业集聚发展改革', '优化升级知识产权服务业集聚发展区,拓展线下知识产权综合服务内容,建设重点产业知识产权大数据平台,集成知识产权交易、许可、专利导航、质押、保险等功能,实现知识产权服务“最多跑一地”。', '全国', 4, 5);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (20, 1, 20, '知识产权纠纷调解优先机制', '侵犯注册商标专用权违法行为(涉嫌犯罪的案件除外)在立案前达成调解协议并履行完毕的,可以不予立案。立案后达成调解协议并履行完毕,主动消除或者减轻违法行为危害后果的,应当从轻或者减轻处罚;违法行为轻微并及时改正,没有造成第三人合法权益或公共利益受到损害等危害后果的,不予行政处罚。', '全国', 5, 1);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (21, 1, 21, '知识产权类案件“简案快办”', '强化庭前会议功能,推动案件繁简分流,形成案件审理要素确认表,做到庭前即固定侵权证据、明确案件争点。优化庭审程序,适宜合并庭审的系列案件可以进行合并庭审,围绕争议焦点重点开展法庭调查和法庭辩论。强化当庭宣判,推广要素式判决,实现判决书的标准化与流程化。', '全国', 5, 2);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (22, 1, 22, '专利侵权纠纷“先行裁驳、另行请求”裁决模式', '专利行政部门在办理专利侵权纠纷行政裁决案件过程中,若涉案专利权被国务院专利行政部门宣告无效,可以告知请求人撤案,请求人坚持不撤案的,可以先行驳回请求,但在裁决书中写明,若经司法审查专利权维持有效的,请求人有权另行提出裁决请求。', '全国', 5, 3);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (23, 1, 23, '推广知识产权海外侵权责任险', '推出知识产权海外侵权责任险,支持保险机构搭建起“承保前进行风险评估、承保中提供专业预警服务、出险后积极有效应对”的全链条工作机制,帮助企业以市场化手段解决涉外知识产权纠纷,支持企业“走出去”。', '自贸试验区', NULL, 0);
INSERT INTO "public"."items" OVERRIDING SYSTEM VALUE VALUES (24, 1, 24, '入海排污口规范化“分级分类管理”新模式', '搭建入海排污口“分级分类”精细化管理体系,根据入海排污口特性及其对海洋生态环境的影响程度,明确不同类型入海排污口的责任主体及管理要求,实行重点、一般和简化分类管理。', '沿海地区', NULL, 0);


--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."notifications" OVERRIDING SYSTEM VALUE VALUES (1, 242, 749, 'overdue', '2026-11-27', '任务已逾期', '深圳市：第7批第1项“工程建设项目审批统一化、标准化、信息化”，完成时限 2024年6月底前，当前状态 已反馈。', '2026-11-27 00:08:18.744699+00', NULL, NULL, '');


--
-- Data for Name: report_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."report_versions" VALUES (1, 1, 'in_progress', '起草工程建设项目审批实施方案。', false, '', false, '[]', '2026-11-27 00:08:18.637529+00', 'sz.fixture');
INSERT INTO "public"."report_versions" VALUES (1, 2, 'implemented', '实施方案已印发，审批系统已上线。', false, '', true, '[{"id":1,"title":"深圳市工程建设项目审批制度改革实施方案","doc_no":"深府办〔2024〕8号","date":"2024-06-20T00:00:00Z","link":"https://www.sz.gov.cn/"}]', '2026-11-27 00:08:18.660684+00', 'sz.fixture');


--
-- Data for Name: reports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."reports" OVERRIDING SYSTEM VALUE VALUES (1, 749, '2024Q2', 2, 'implemented', '实施方案已印发，审批系统已上线。', false, '', true, '2026-11-27 00:08:18.660684+00', 'sz.fixture');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."schema_migrations" VALUES (1, '0001_catalog.sql', '2026-11-27T00:08:15Z');
INSERT INTO "public"."schema_migrations" VALUES (2, '0002_units_tasks.sql', '2026-11-27T00:08:15Z');
INSERT INTO "public"."schema_migrations" VALUES (3, '0003_accounts_audit.sql', '2026-11-27T00:08:15Z');
INSERT INTO "public"."schema_migrations" VALUES (4, '0004_reports.sql', '2026-11-27T00:08:15Z');
INSERT INTO "public"."schema_migrations" VALUES (5, '0005_notifications.sql', '2026-11-27T00:08:15Z');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."sessions" VALUES ('d989699f28fc005ee1d1438a5429237cd7c28f4cba205b3fbf695966c5e66713', 1, '2026-11-27 00:08:18.093894+00', '2026-11-27 00:08:18.093894+00', '2026-11-27 00:38:18.093894+00', '127.0.0.1');
INSERT INTO "public"."sessions" VALUES ('b47c34d8199cc6563d3dec4657b7315c9af9a0db61346ad4d99cd3407e62404b', 2, '2026-11-27 00:08:18.385218+00', '2026-11-27 00:08:18.385218+00', '2026-11-27 00:38:18.385218+00', '127.0.0.1');


--
-- Data for Name: task_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."task_events" OVERRIDING SYSTEM VALUE VALUES (1, 749, '2026-11-27 00:08:18.613247+00', 'sz.fixture', 2, 'acknowledge', 'assigned', 'acknowledged', '');
INSERT INTO "public"."task_events" OVERRIDING SYSTEM VALUE VALUES (2, 749, '2026-11-27 00:08:18.637529+00', 'sz.fixture', 2, 'draft', 'acknowledged', 'in_work', '2024年第2季度进展报告第 1 版');
INSERT INTO "public"."task_events" OVERRIDING SYSTEM VALUE VALUES (3, 749, '2026-11-27 00:08:18.660684+00', 'sz.fixture', 2, 'submit', 'in_work', 'reported', '2024年第2季度进展报告第 2 版');


--
-- Data for Name: tasks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (1, 1, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (2, 1, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (3, 1, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (4, 1, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (5, 1, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (6, 1, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (7, 1, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (8, 1, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (9, 1, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (10, 1, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (11, 1, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (12, 1, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (13, 1, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (14, 1, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (15, 1, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (16, 1, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (17, 1, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (18, 1, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (19, 1, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (20, 1, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (21, 1, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (22, 1, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (23, 1, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (24, 1, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (25, 1, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (26, 1, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (27, 1, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (28, 1, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (29, 1, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (30, 1, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (31, 1, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (32, 1, 2, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (33, 2, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (34, 2, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (35, 2, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (36, 2, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (37, 2, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (38, 2, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (39, 2, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (40, 2, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (41, 2, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (42, 2, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (43, 2, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (44, 2, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (45, 2, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (46, 2, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (47, 2, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (48, 2, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (49, 2, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (50, 2, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (51, 2, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (52, 2, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (53, 2, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (54, 2, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (55, 2, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (56, 2, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (57, 2, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (58, 2, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (59, 2, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (60, 2, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (61, 2, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (62, 2, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (63, 2, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (64, 2, 3, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (65, 3, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (66, 3, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (67, 3, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (68, 3, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (69, 3, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (70, 3, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (71, 3, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (72, 3, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (73, 3, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (74, 3, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (75, 3, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (76, 3, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (77, 3, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (78, 3, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (79, 3, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (80, 3, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (81, 3, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (82, 3, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (83, 3, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (84, 3, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (85, 3, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (86, 3, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (87, 3, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (88, 3, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (89, 3, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (90, 3, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (91, 3, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (92, 3, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (93, 3, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (94, 3, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (95, 3, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (96, 3, 4, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (97, 4, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (98, 4, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (99, 4, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (100, 4, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (101, 4, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (102, 4, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (103, 4, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (104, 4, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (105, 4, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (106, 4, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (107, 4, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (108, 4, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (109, 4, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (110, 4, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (111, 4, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (112, 4, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (113, 4, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (114, 4, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (115, 4, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (116, 4, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (117, 4, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (118, 4, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (119, 4, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (120, 4, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (121, 4, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (122, 4, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (123, 4, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (124, 4, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (125, 4, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (126, 4, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (127, 4, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (128, 4, 5, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (129, 5, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (130, 5, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (131, 5, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (132, 5, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (133, 5, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (134, 5, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (135, 5, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (136, 5, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (137, 5, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (138, 5, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (139, 5, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (140, 5, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (141, 5, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (142, 5, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (143, 5, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (144, 5, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (145, 5, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (146, 5, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (147, 5, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (148, 5, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (149, 5, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (150, 5, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (151, 5, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (152, 5, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (153, 5, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (154, 5, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (155, 5, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (156, 5, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (157, 5, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (158, 5, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (159, 5, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (160, 5, 5, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (161, 6, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (162, 6, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (163, 6, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (164, 6, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (165, 6, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (166, 6, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (167, 6, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (168, 6, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (169, 6, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (170, 6, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (171, 6, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (172, 6, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (173, 6, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (174, 6, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (175, 6, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (176, 6, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (177, 6, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (178, 6, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (179, 6, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (180, 6, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (181, 6, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (182, 6, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (183, 6, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (184, 6, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (185, 6, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (186, 6, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (187, 6, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (188, 6, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (189, 6, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (190, 6, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (191, 6, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (192, 6, 5, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (193, 7, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (194, 7, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (195, 7, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (196, 7, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (197, 7, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (198, 7, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (199, 7, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (200, 7, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (201, 7, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (202, 7, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (203, 7, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (204, 7, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (205, 7, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (206, 7, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (207, 7, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (208, 7, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (209, 7, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (210, 7, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (211, 7, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (212, 7, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (213, 7, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (214, 7, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (215, 7, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (216, 7, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (217, 7, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (218, 7, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (219, 7, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (220, 7, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (221, 7, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (222, 7, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (223, 7, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (224, 7, 6, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (225, 8, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (226, 8, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (227, 8, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (228, 8, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (229, 8, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (230, 8, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (231, 8, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (232, 8, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (233, 8, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (234, 8, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (235, 8, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (236, 8, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (237, 8, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (238, 8, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (239, 8, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (240, 8, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (241, 8, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (242, 8, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (243, 8, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (244, 8, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (245, 8, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (246, 8, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (247, 8, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (248, 8, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (249, 8, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (250, 8, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (251, 8, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (252, 8, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (253, 8, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (254, 8, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (255, 8, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (256, 8, 7, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (257, 9, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (258, 9, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (259, 9, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (260, 9, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (261, 9, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (262, 9, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (263, 9, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (264, 9, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (265, 9, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (266, 9, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (267, 9, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (268, 9, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (269, 9, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (270, 9, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (271, 9, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (272, 9, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (273, 9, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (274, 9, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (275, 9, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (276, 9, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (277, 9, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (278, 9, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (279, 9, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (280, 9, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (281, 9, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (282, 9, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (283, 9, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (284, 9, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (285, 9, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (286, 9, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (287, 9, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (288, 9, 8, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (289, 9, 9, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (290, 10, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (291, 10, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (292, 10, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (293, 10, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (294, 10, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (295, 10, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (296, 10, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (297, 10, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (298, 10, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (299, 10, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (300, 10, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (301, 10, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (302, 10, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (303, 10, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (304, 10, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (305, 10, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (306, 10, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (307, 10, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (308, 10, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (309, 10, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (310, 10, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (311, 10, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (312, 10, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (313, 10, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (314, 10, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (315, 10, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (316, 10, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (317, 10, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (318, 10, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (319, 10, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (320, 10, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (321, 10, 8, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (322, 10, 10, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (323, 11, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (324, 11, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (325, 11, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (326, 11, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (327, 11, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (328, 11, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (329, 11, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (330, 11, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (331, 11, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (332, 11, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (333, 11, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (334, 11, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (335, 11, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (336, 11, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (337, 11, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (338, 11, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (339, 11, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (340, 11, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (341, 11, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (342, 11, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (343, 11, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (344, 11, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (345, 11, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (346, 11, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (347, 11, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (348, 11, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (349, 11, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (350, 11, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (351, 11, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (352, 11, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (353, 11, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (354, 11, 11, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (355, 12, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (356, 12, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (357, 12, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (358, 12, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (359, 12, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (360, 12, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (361, 12, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (362, 12, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (363, 12, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (364, 12, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (365, 12, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (366, 12, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (367, 12, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (368, 12, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (369, 12, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (370, 12, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (371, 12, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (372, 12, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (373, 12, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (374, 12, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (375, 12, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (376, 12, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (377, 12, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (378, 12, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (379, 12, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (380, 12, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (381, 12, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (382, 12, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (383, 12, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (384, 12, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (385, 12, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (386, 12, 8, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (387, 12, 12, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (388, 13, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (389, 13, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (390, 13, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (391, 13, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (392, 13, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (393, 13, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (394, 13, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (395, 13, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (396, 13, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (397, 13, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (398, 13, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (399, 13, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (400, 13, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (401, 13, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (402, 13, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (403, 13, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (404, 13, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (405, 13, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (406, 13, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (407, 13, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (408, 13, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (409, 13, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (410, 13, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (411, 13, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (412, 13, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (413, 13, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (414, 13, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (415, 13, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (416, 13, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (417, 13, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (418, 13, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (419, 13, 8, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (420, 13, 12, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (421, 14, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (422, 14, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (423, 14, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (424, 14, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (425, 14, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (426, 14, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (427, 14, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (428, 14, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (429, 14, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (430, 14, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (431, 14, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (432, 14, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (433, 14, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (434, 14, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (435, 14, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (436, 14, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (437, 14, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (438, 14, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (439, 14, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (440, 14, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (441, 14, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (442, 14, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (443, 14, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (444, 14, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (445, 14, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (446, 14, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (447, 14, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (448, 14, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (449, 14, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (450, 14, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (451, 14, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (452, 14, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (453, 14, 8, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (454, 14, 12, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (455, 15, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (456, 15, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (457, 15, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (458, 15, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (459, 15, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (460, 15, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (461, 15, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (462, 15, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (463, 15, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (464, 15, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (465, 15, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (466, 15, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (467, 15, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (468, 15, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (469, 15, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (470, 15, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (471, 15, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (472, 15, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (473, 15, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (474, 15, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (475, 15, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (476, 15, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (477, 15, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (478, 15, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (479, 15, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (480, 15, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (481, 15, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (482, 15, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (483, 15, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (484, 15, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (485, 15, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (486, 15, 14, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (487, 16, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (488, 16, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (489, 16, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (490, 16, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (491, 16, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (492, 16, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (493, 16, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (494, 16, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (495, 16, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (496, 16, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (497, 16, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (498, 16, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (499, 16, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (500, 16, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (501, 16, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (502, 16, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (503, 16, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (504, 16, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (505, 16, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (506, 16, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (507, 16, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (508, 16, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (509, 16, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (510, 16, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (511, 16, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (512, 16, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (513, 16, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (514, 16, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (515, 16, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (516, 16, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (517, 16, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (518, 16, 15, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (519, 17, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (520, 17, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (521, 17, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (522, 17, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (523, 17, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (524, 17, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (525, 17, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (526, 17, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (527, 17, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (528, 17, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (529, 17, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (530, 17, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (531, 17, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (532, 17, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (533, 17, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (534, 17, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (535, 17, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (536, 17, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (537, 17, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (538, 17, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (539, 17, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (540, 17, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (541, 17, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (542, 17, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (543, 17, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (544, 17, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (545, 17, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (546, 17, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (547, 17, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (548, 17, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (549, 17, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (550, 17, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (551, 18, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (552, 18, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (553, 18, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (554, 18, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (555, 18, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (556, 18, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (557, 18, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (558, 18, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (559, 18, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (560, 18, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (561, 18, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (562, 18, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (563, 18, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (564, 18, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (565, 18, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (566, 18, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (567, 18, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (568, 18, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (569, 18, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (570, 18, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (571, 18, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (572, 18, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (573, 18, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (574, 18, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (575, 18, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (576, 18, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (577, 18, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (578, 18, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (579, 18, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (580, 18, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (581, 18, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (582, 18, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (583, 19, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (584, 19, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (585, 19, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (586, 19, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (587, 19, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (588, 19, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (589, 19, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (590, 19, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (591, 19, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (592, 19, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (593, 19, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (594, 19, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (595, 19, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (596, 19, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (597, 19, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (598, 19, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (599, 19, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (600, 19, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (601, 19, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (602, 19, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (603, 19, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (604, 19, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (605, 19, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (606, 19, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (607, 19, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (608, 19, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (609, 19, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (610, 19, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (611, 19, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (612, 19, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (613, 19, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (614, 19, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (615, 20, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (616, 20, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (617, 20, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (618, 20, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (619, 20, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (620, 20, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (621, 20, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (622, 20, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (623, 20, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (624, 20, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (625, 20, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (626, 20, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (627, 20, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (628, 20, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (629, 20, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (630, 20, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (631, 20, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (632, 20, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (633, 20, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (634, 20, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (635, 20, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (636, 20, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (637, 20, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (638, 20, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (639, 20, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (640, 20, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (641, 20, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (642, 20, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (643, 20, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (644, 20, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (645, 20, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (646, 20, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (647, 20, 16, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (648, 21, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (649, 21, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (650, 21, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (651, 21, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (652, 21, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (653, 21, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (654, 21, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (655, 21, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (656, 21, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (657, 21, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (658, 21, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (659, 21, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (660, 21, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (661, 21, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (662, 21, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (663, 21, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (664, 21, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (665, 21, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (666, 21, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (667, 21, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (668, 21, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (669, 21, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (670, 21, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (671, 21, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (672, 21, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (673, 21, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (674, 21, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (675, 21, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (676, 21, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (677, 21, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (678, 21, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (679, 21, 17, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (680, 22, 19, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (681, 22, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (682, 22, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (683, 22, 22, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (684, 22, 23, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (685, 22, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (686, 22, 25, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (687, 22, 26, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (688, 22, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (689, 22, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (690, 22, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (691, 22, 30, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (692, 22, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (693, 22, 32, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (694, 22, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (695, 22, 34, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (696, 22, 35, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (697, 22, 36, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (698, 22, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (699, 22, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (700, 22, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (701, 22, 40, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (702, 22, 41, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (703, 22, 42, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (704, 22, 43, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (705, 22, 44, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (706, 22, 45, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (707, 22, 46, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (708, 22, 47, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (709, 22, 48, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (710, 22, 49, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (711, 22, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (712, 22, 17, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (713, 23, 519, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (714, 23, 503, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (715, 23, 516, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (716, 23, 505, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (717, 23, 518, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (718, 23, 501, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (719, 23, 514, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (720, 23, 506, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (721, 23, 521, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (722, 23, 504, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (723, 23, 513, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (724, 23, 507, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (725, 23, 508, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (726, 23, 520, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (727, 23, 502, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (728, 23, 515, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (729, 23, 512, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (730, 23, 509, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (731, 23, 510, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (732, 23, 517, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (733, 23, 511, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (734, 23, 522, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (735, 23, 13, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (736, 23, 12, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (737, 24, 20, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (738, 24, 21, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (739, 24, 24, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (740, 24, 27, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (741, 24, 28, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (742, 24, 29, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (743, 24, 31, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (744, 24, 33, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (745, 24, 37, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (746, 24, 38, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (747, 24, 39, NULL, 'implement', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (748, 24, 18, NULL, 'guide', '', NULL, '', '', '', '2026-11-27 00:08:16.281975+00', '2026-11-27 00:08:16.281975+00', 'assigned', '2026-11-27 00:08:16.281975+00');
INSERT INTO "public"."tasks" OVERRIDING SYSTEM VALUE VALUES (749, 1, 242, 19, 'lead', '2024年6月底前', '2024-06-30', '实施方案', '', '', '2026-11-27 00:08:18.582995+00', '2026-11-27 00:08:18.582995+00', 'reported', '2026-11-27 00:08:18.660684+00');


--
-- Data for Name: unit_aliases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."unit_aliases" VALUES (19, '北京');
INSERT INTO "public"."unit_aliases" VALUES (20, '天津');
INSERT INTO "public"."unit_aliases" VALUES (21, '河北');
INSERT INTO "public"."unit_aliases" VALUES (22, '山西');
INSERT INTO "public"."unit_aliases" VALUES (23, '内蒙古');
INSERT INTO "public"."unit_aliases" VALUES (24, '辽宁');
INSERT INTO "public"."unit_aliases" VALUES (25, '吉林');
INSERT INTO "public"."unit_aliases" VALUES (26, '黑龙江');
INSERT INTO "public"."unit_aliases" VALUES (27, '上海');
INSERT INTO "public"."unit_aliases" VALUES (28, '江苏');
INSERT INTO "public"."unit_aliases" VALUES (29, '浙江');
INSERT INTO "public"."unit_aliases" VALUES (30, '安徽');
INSERT INTO "public"."unit_aliases" VALUES (31, '福建');
INSERT INTO "public"."unit_aliases" VALUES (32, '江西');
INSERT INTO "public"."unit_aliases" VALUES (33, '山东');
INSERT INTO "public"."unit_aliases" VALUES (34, '河南');
INSERT INTO "public"."unit_aliases" VALUES (35, '湖北');
INSERT INTO "public"."unit_aliases" VALUES (36, '湖南');
INSERT INTO "public"."unit_aliases" VALUES (37, '广东');
INSERT INTO "public"."unit_aliases" VALUES (38, '广西');
INSERT INTO "public"."unit_aliases" VALUES (39, '海南');
INSERT INTO "public"."unit_aliases" VALUES (40, '重庆');
INSERT INTO "public"."unit_aliases" VALUES (41, '四川');
INSERT INTO "public"."unit_aliases" VALUES (42, '贵州');
INSERT INTO "public"."unit_aliases" VALUES (43, '云南');
INSERT INTO "public"."unit_aliases" VALUES (44, '西藏');
INSERT INTO "public"."unit_aliases" VALUES (45, '陕西');
INSERT INTO "public"."unit_aliases" VALUES (46, '甘肃');
INSERT INTO "public"."unit_aliases" VALUES (47, '青海');
INSERT INTO "public"."unit_aliases" VALUES (48, '宁夏');
INSERT INTO "public"."unit_aliases" VALUES (49, '新疆');
INSERT INTO "public"."unit_aliases" VALUES (501, '上海自贸区');
INSERT INTO "public"."unit_aliases" VALUES (502, '广东自贸区');
INSERT INTO "public"."unit_aliases" VALUES (503, '天津自贸区');
INSERT INTO "public"."unit_aliases" VALUES (504, '福建自贸区');
INSERT INTO "public"."unit_aliases" VALUES (505, '辽宁自贸区');
INSERT INTO "public"."unit_aliases" VALUES (506, '浙江自贸区');
INSERT INTO "public"."unit_aliases" VALUES (507, '河南自贸区');
INSERT INTO "public"."unit_aliases" VALUES (508, '湖北自贸区');
INSERT INTO "public"."unit_aliases" VALUES (509, '重庆自贸区');
INSERT INTO "public"."unit_aliases" VALUES (510, '四川自贸区');
INSERT INTO "public"."unit_aliases" VALUES (511, '陕西自贸区');
INSERT INTO "public"."unit_aliases" VALUES (512, '海南自贸区');
INSERT INTO "public"."unit_aliases" VALUES (513, '山东自贸区');
INSERT INTO "public"."unit_aliases" VALUES (514, '江苏自贸区');
INSERT INTO "public"."unit_aliases" VALUES (515, '广西自贸区');
INSERT INTO "public"."unit_aliases" VALUES (516, '河北自贸区');
INSERT INTO "public"."unit_aliases" VALUES (517, '云南自贸区');
INSERT INTO "public"."unit_aliases" VALUES (518, '黑龙江自贸区');
INSERT INTO "public"."unit_aliases" VALUES (519, '北京自贸区');
INSERT INTO "public"."unit_aliases" VALUES (520, '湖南自贸区');
INSERT INTO "public"."unit_aliases" VALUES (521, '安徽自贸区');
INSERT INTO "public"."unit_aliases" VALUES (522, '新疆自贸区');


--
-- Data for Name: units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1, '国务院', '', '国务院', '中华人民共和国国务院', 'state_council', NULL, NULL, '/1/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2, '住房城乡建设部', '', '住房城乡建设部', '中华人民共和国住房和城乡建设部', 'ministry', 1, NULL, '/1/2/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3, '海关总署', '', '海关总署', '中华人民共和国海关总署', 'vertical_agency', 1, NULL, '/1/3/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (4, '中国民航局', '', '中国民航局', '中国民用航空局', 'vertical_agency', 1, NULL, '/1/4/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (5, '交通运输部', '', '交通运输部', '中华人民共和国交通运输部', 'ministry', 1, NULL, '/1/5/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (6, '人力资源社会保障部', '', '人力资源社会保障部', '中华人民共和国人力资源和社会保障部', 'ministry', 1, NULL, '/1/6/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (7, '国家医保局', '', '国家医保局', '国家医疗保障局', 'ministry', 1, NULL, '/1/7/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (8, '中国人民银行', '', '中国人民银行', '中国人民银行', 'vertical_agency', 1, NULL, '/1/8/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (9, '税务总局', '', '税务总局', '国家税务总局', 'vertical_agency', 1, NULL, '/1/9/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (10, '商务部', '', '商务部', '中华人民共和国商务部', 'ministry', 1, NULL, '/1/10/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (11, '中国证监会', '', '中国证监会', '中国证券监督管理委员会', 'vertical_agency', 1, NULL, '/1/11/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (12, '金融监管总局', '', '金融监管总局', '国家金融监督管理总局', 'vertical_agency', 1, NULL, '/1/12/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (13, '国家知识产权局', '', '国家知识产权局', '国家知识产权局', 'ministry', 1, NULL, '/1/13/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (14, '工业和信息化部', '', '工业和信息化部', '中华人民共和国工业和信息化部', 'ministry', 1, NULL, '/1/14/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (15, '国家卫生健康委', '', '国家卫生健康委', '中华人民共和国国家卫生健康委员会', 'ministry', 1, NULL, '/1/15/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (16, '市场监管总局', '', '市场监管总局', '国家市场监督管理总局', 'ministry', 1, NULL, '/1/16/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (17, '最高人民法院', '', '最高人民法院', '中华人民共和国最高人民法院', 'court', 1, NULL, '/1/17/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (18, '生态环境部', '', '生态环境部', '中华人民共和国生态环境部', 'ministry', 1, NULL, '/1/18/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (50, '130100', '130100', '石家庄市', '石家庄市人民政府', 'city', 21, 21, '/1/21/50/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (51, '130200', '130200', '唐山市', '唐山市人民政府', 'city', 21, 21, '/1/21/51/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (52, '130300', '130300', '秦皇岛市', '秦皇岛市人民政府', 'city', 21, 21, '/1/21/52/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (53, '130400', '130400', '邯郸市', '邯郸市人民政府', 'city', 21, 21, '/1/21/53/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (54, '130500', '130500', '邢台市', '邢台市人民政府', 'city', 21, 21, '/1/21/54/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (55, '130600', '130600', '保定市', '保定市人民政府', 'city', 21, 21, '/1/21/55/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (56, '130700', '130700', '张家口市', '张家口市人民政府', 'city', 21, 21, '/1/21/56/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (57, '130800', '130800', '承德市', '承德市人民政府', 'city', 21, 21, '/1/21/57/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (58, '130900', '130900', '沧州市', '沧州市人民政府', 'city', 21, 21, '/1/21/58/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (59, '131000', '131000', '廊坊市', '廊坊市人民政府', 'city', 21, 21, '/1/21/59/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (60, '131100', '131100', '衡水市', '衡水市人民政府', 'city', 21, 21, '/1/21/60/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (61, '140100', '140100', '太原市', '太原市人民政府', 'city', 22, 22, '/1/22/61/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (62, '140200', '140200', '大同市', '大同市人民政府', 'city', 22, 22, '/1/22/62/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (63, '140300', '140300', '阳泉市', '阳泉市人民政府', 'city', 22, 22, '/1/22/63/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (64, '140400', '140400', '长治市', '长治市人民政府', 'city', 22, 22, '/1/22/64/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (65, '140500', '140500', '晋城市', '晋城市人民政府', 'city', 22, 22, '/1/22/65/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (66, '140600', '140600', '朔州市', '朔州市人民政府', 'city', 22, 22, '/1/22/66/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (67, '140700', '140700', '晋中市', '晋中市人民政府', 'city', 22, 22, '/1/22/67/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (68, '140800', '140800', '运城市', '运城市人民政府', 'city', 22, 22, '/1/22/68/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (69, '140900', '140900', '忻州市', '忻州市人民政府', 'city', 22, 22, '/1/22/69/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (70, '141000', '141000', '临汾市', '临汾市人民政府', 'city', 22, 22, '/1/22/70/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (71, '141100', '141100', '吕梁市', '吕梁市人民政府', 'city', 22, 22, '/1/22/71/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (72, '150100', '150100', '呼和浩特市', '呼和浩特市人民政府', 'city', 23, 23, '/1/23/72/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (73, '150200', '150200', '包头市', '包头市人民政府', 'city', 23, 23, '/1/23/73/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (74, '150300', '150300', '乌海市', '乌海市人民政府', 'city', 23, 23, '/1/23/74/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (75, '150400', '150400', '赤峰市', '赤峰市人民政府', 'city', 23, 23, '/1/23/75/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (76, '150500', '150500', '通辽市', '通辽市人民政府', 'city', 23, 23, '/1/23/76/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (77, '150600', '150600', '鄂尔多斯市', '鄂尔多斯市人民政府', 'city', 23, 23, '/1/23/77/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (78, '150700', '150700', '呼伦贝尔市', '呼伦贝尔市人民政府', 'city', 23, 23, '/1/23/78/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (79, '150800', '150800', '巴彦淖尔市', '巴彦淖尔市人民政府', 'city', 23, 23, '/1/23/79/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (80, '150900', '150900', '乌兰察布市', '乌兰察布市人民政府', 'city', 23, 23, '/1/23/80/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (81, '152200', '152200', '兴安盟', '兴安盟人民政府', 'city', 23, 23, '/1/23/81/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (82, '152500', '152500', '锡林郭勒盟', '锡林郭勒盟人民政府', 'city', 23, 23, '/1/23/82/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (83, '152900', '152900', '阿拉善盟', '阿拉善盟人民政府', 'city', 23, 23, '/1/23/83/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (84, '210100', '210100', '沈阳市', '沈阳市人民政府', 'city', 24, 24, '/1/24/84/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (85, '210200', '210200', '大连市', '大连市人民政府', 'city', 24, 24, '/1/24/85/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (86, '210300', '210300', '鞍山市', '鞍山市人民政府', 'city', 24, 24, '/1/24/86/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (87, '210400', '210400', '抚顺市', '抚顺市人民政府', 'city', 24, 24, '/1/24/87/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (88, '210500', '210500', '本溪市', '本溪市人民政府', 'city', 24, 24, '/1/24/88/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (89, '210600', '210600', '丹东市', '丹东市人民政府', 'city', 24, 24, '/1/24/89/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (90, '210700', '210700', '锦州市', '锦州市人民政府', 'city', 24, 24, '/1/24/90/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (91, '210800', '210800', '营口市', '营口市人民政府', 'city', 24, 24, '/1/24/91/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (92, '210900', '210900', '阜新市', '阜新市人民政府', 'city', 24, 24, '/1/24/92/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (93, '211000', '211000', '辽阳市', '辽阳市人民政府', 'city', 24, 24, '/1/24/93/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (94, '211100', '211100', '盘锦市', '盘锦市人民政府', 'city', 24, 24, '/1/24/94/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (95, '211200', '211200', '铁岭市', '铁岭市人民政府', 'city', 24, 24, '/1/24/95/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (96, '211300', '211300', '朝阳市', '朝阳市人民政府', 'city', 24, 24, '/1/24/96/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (97, '211400', '211400', '葫芦岛市', '葫芦岛市人民政府', 'city', 24, 24, '/1/24/97/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (98, '220100', '220100', '长春市', '长春市人民政府', 'city', 25, 25, '/1/25/98/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (99, '220200', '220200', '吉林市', '吉林市人民政府', 'city', 25, 25, '/1/25/99/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (100, '220300', '220300', '四平市', '四平市人民政府', 'city', 25, 25, '/1/25/100/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (101, '220400', '220400', '辽源市', '辽源市人民政府', 'city', 25, 25, '/1/25/101/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (102, '220500', '220500', '通化市', '通化市人民政府', 'city', 25, 25, '/1/25/102/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (103, '220600', '220600', '白山市', '白山市人民政府', 'city', 25, 25, '/1/25/103/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (104, '220700', '220700', '松原市', '松原市人民政府', 'city', 25, 25, '/1/25/104/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (105, '220800', '220800', '白城市', '白城市人民政府', 'city', 25, 25, '/1/25/105/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (106, '222400', '222400', '延边朝鲜族自治州', '延边朝鲜族自治州人民政府', 'city', 25, 25, '/1/25/106/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (107, '230100', '230100', '哈尔滨市', '哈尔滨市人民政府', 'city', 26, 26, '/1/26/107/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (108, '230200', '230200', '齐齐哈尔市', '齐齐哈尔市人民政府', 'city', 26, 26, '/1/26/108/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (109, '230300', '230300', '鸡西市', '鸡西市人民政府', 'city', 26, 26, '/1/26/109/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (110, '230400', '230400', '鹤岗市', '鹤岗市人民政府', 'city', 26, 26, '/1/26/110/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (111, '230500', '230500', '双鸭山市', '双鸭山市人民政府', 'city', 26, 26, '/1/26/111/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (112, '230600', '230600', '大庆市', '大庆市人民政府', 'city', 26, 26, '/1/26/112/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (113, '230700', '230700', '伊春市', '伊春市人民政府', 'city', 26, 26, '/1/26/113/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (114, '230800', '230800', '佳木斯市', '佳木斯市人民政府', 'city', 26, 26, '/1/26/114/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (115, '230900', '230900', '七台河市', '七台河市人民政府', 'city', 26, 26, '/1/26/115/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (116, '231000', '231000', '牡丹江市', '牡丹江市人民政府', 'city', 26, 26, '/1/26/116/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (117, '231100', '231100', '黑河市', '黑河市人民政府', 'city', 26, 26, '/1/26/117/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (118, '231200', '231200', '绥化市', '绥化市人民政府', 'city', 26, 26, '/1/26/118/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (119, '232700', '232700', '大兴安岭地区', '大兴安岭地区人民政府', 'city', 26, 26, '/1/26/119/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (120, '320100', '320100', '南京市', '南京市人民政府', 'city', 28, 28, '/1/28/120/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (121, '320200', '320200', '无锡市', '无锡市人民政府', 'city', 28, 28, '/1/28/121/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (122, '320300', '320300', '徐州市', '徐州市人民政府', 'city', 28, 28, '/1/28/122/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (123, '320400', '320400', '常州市', '常州市人民政府', 'city', 28, 28, '/1/28/123/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (124, '320500', '320500', '苏州市', '苏州市人民政府', 'city', 28, 28, '/1/28/124/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (125, '320600', '320600', '南通市', '南通市人民政府', 'city', 28, 28, '/1/28/125/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (126, '320700', '320700', '连云港市', '连云港市人民政府', 'city', 28, 28, '/1/28/126/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (127, '320800', '320800', '淮安市', '淮安市人民政府', 'city', 28, 28, '/1/28/127/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (128, '320900', '320900', '盐城市', '盐城市人民政府', 'city', 28, 28, '/1/28/128/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (129, '321000', '321000', '扬州市', '扬州市人民政府', 'city', 28, 28, '/1/28/129/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (130, '321100', '321100', '镇江市', '镇江市人民政府', 'city', 28, 28, '/1/28/130/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (131, '321200', '321200', '泰州市', '泰州市人民政府', 'city', 28, 28, '/1/28/131/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (132, '321300', '321300', '宿迁市', '宿迁市人民政府', 'city', 28, 28, '/1/28/132/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (133, '330100', '330100', '杭州市', '杭州市人民政府', 'city', 29, 29, '/1/29/133/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (134, '330200', '330200', '宁波市', '宁波市人民政府', 'city', 29, 29, '/1/29/134/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (135, '330300', '330300', '温州市', '温州市人民政府', 'city', 29, 29, '/1/29/135/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (136, '330400', '330400', '嘉兴市', '嘉兴市人民政府', 'city', 29, 29, '/1/29/136/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (137, '330500', '330500', '湖州市', '湖州市人民政府', 'city', 29, 29, '/1/29/137/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (138, '330600', '330600', '绍兴市', '绍兴市人民政府', 'city', 29, 29, '/1/29/138/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (139, '330700', '330700', '金华市', '金华市人民政府', 'city', 29, 29, '/1/29/139/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (140, '330800', '330800', '衢州市', '衢州市人民政府', 'city', 29, 29, '/1/29/140/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (141, '330900', '330900', '舟山市', '舟山市人民政府', 'city', 29, 29, '/1/29/141/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (142, '331000', '331000', '台州市', '台州市人民政府', 'city', 29, 29, '/1/29/142/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (143, '331100', '331100', '丽水市', '丽水市人民政府', 'city', 29, 29, '/1/29/143/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (144, '340100', '340100', '合肥市', '合肥市人民政府', 'city', 30, 30, '/1/30/144/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (145, '340200', '340200', '芜湖市', '芜湖市人民政府', 'city', 30, 30, '/1/30/145/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (146, '340300', '340300', '蚌埠市', '蚌埠市人民政府', 'city', 30, 30, '/1/30/146/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (147, '340400', '340400', '淮南市', '淮南市人民政府', 'city', 30, 30, '/1/30/147/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (148, '340500', '340500', '马鞍山市', '马鞍山市人民政府', 'city', 30, 30, '/1/30/148/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (149, '340600', '340600', '淮北市', '淮北市人民政府', 'city', 30, 30, '/1/30/149/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (150, '340700', '340700', '铜陵市', '铜陵市人民政府', 'city', 30, 30, '/1/30/150/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (151, '340800', '340800', '安庆市', '安庆市人民政府', 'city', 30, 30, '/1/30/151/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (152, '341000', '341000', '黄山市', '黄山市人民政府', 'city', 30, 30, '/1/30/152/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (153, '341100', '341100', '滁州市', '滁州市人民政府', 'city', 30, 30, '/1/30/153/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (154, '341200', '341200', '阜阳市', '阜阳市人民政府', 'city', 30, 30, '/1/30/154/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (155, '341300', '341300', '宿州市', '宿州市人民政府', 'city', 30, 30, '/1/30/155/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (156, '341500', '341500', '六安市', '六安市人民政府', 'city', 30, 30, '/1/30/156/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (157, '341600', '341600', '亳州市', '亳州市人民政府', 'city', 30, 30, '/1/30/157/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (158, '341700', '341700', '池州市', '池州市人民政府', 'city', 30, 30, '/1/30/158/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (159, '341800', '341800', '宣城市', '宣城市人民政府', 'city', 30, 30, '/1/30/159/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (160, '350100', '350100', '福州市', '福州市人民政府', 'city', 31, 31, '/1/31/160/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (161, '350200', '350200', '厦门市', '厦门市人民政府', 'city', 31, 31, '/1/31/161/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (162, '350300', '350300', '莆田市', '莆田市人民政府', 'city', 31, 31, '/1/31/162/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (163, '350400', '350400', '三明市', '三明市人民政府', 'city', 31, 31, '/1/31/163/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (164, '350500', '350500', '泉州市', '泉州市人民政府', 'city', 31, 31, '/1/31/164/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (165, '350600', '350600', '漳州市', '漳州市人民政府', 'city', 31, 31, '/1/31/165/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (166, '350700', '350700', '南平市', '南平市人民政府', 'city', 31, 31, '/1/31/166/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (167, '350800', '350800', '龙岩市', '龙岩市人民政府', 'city', 31, 31, '/1/31/167/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (168, '350900', '350900', '宁德市', '宁德市人民政府', 'city', 31, 31, '/1/31/168/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (169, '360100', '360100', '南昌市', '南昌市人民政府', 'city', 32, 32, '/1/32/169/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (170, '360200', '360200', '景德镇市', '景德镇市人民政府', 'city', 32, 32, '/1/32/170/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (171, '360300', '360300', '萍乡市', '萍乡市人民政府', 'city', 32, 32, '/1/32/171/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (172, '360400', '360400', '九江市', '九江市人民政府', 'city', 32, 32, '/1/32/172/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (173, '360500', '360500', '新余市', '新余市人民政府', 'city', 32, 32, '/1/32/173/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (174, '360600', '360600', '鹰潭市', '鹰潭市人民政府', 'city', 32, 32, '/1/32/174/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (175, '360700', '360700', '赣州市', '赣州市人民政府', 'city', 32, 32, '/1/32/175/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (176, '360800', '360800', '吉安市', '吉安市人民政府', 'city', 32, 32, '/1/32/176/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (177, '360900', '360900', '宜春市', '宜春市人民政府', 'city', 32, 32, '/1/32/177/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (178, '361000', '361000', '抚州市', '抚州市人民政府', 'city', 32, 32, '/1/32/178/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (179, '361100', '361100', '上饶市', '上饶市人民政府', 'city', 32, 32, '/1/32/179/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (180, '370100', '370100', '济南市', '济南市人民政府', 'city', 33, 33, '/1/33/180/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (181, '370200', '370200', '青岛市', '青岛市人民政府', 'city', 33, 33, '/1/33/181/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (182, '370300', '370300', '淄博市', '淄博市人民政府', 'city', 33, 33, '/1/33/182/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (183, '370400', '370400', '枣庄市', '枣庄市人民政府', 'city', 33, 33, '/1/33/183/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (184, '370500', '370500', '东营市', '东营市人民政府', 'city', 33, 33, '/1/33/184/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (185, '370600', '370600', '烟台市', '烟台市人民政府', 'city', 33, 33, '/1/33/185/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (186, '370700', '370700', '潍坊市', '潍坊市人民政府', 'city', 33, 33, '/1/33/186/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (187, '370800', '370800', '济宁市', '济宁市人民政府', 'city', 33, 33, '/1/33/187/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (188, '370900', '370900', '泰安市', '泰安市人民政府', 'city', 33, 33, '/1/33/188/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (189, '371000', '371000', '威海市', '威海市人民政府', 'city', 33, 33, '/1/33/189/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (190, '371100', '371100', '日照市', '日照市人民政府', 'city', 33, 33, '/1/33/190/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (191, '371300', '371300', '临沂市', '临沂市人民政府', 'city', 33, 33, '/1/33/191/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (192, '371400', '371400', '德州市', '德州市人民政府', 'city', 33, 33, '/1/33/192/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (193, '371500', '371500', '聊城市', '聊城市人民政府', 'city', 33, 33, '/1/33/193/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (194, '371600', '371600', '滨州市', '滨州市人民政府', 'city', 33, 33, '/1/33/194/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (195, '371700', '371700', '菏泽市', '菏泽市人民政府', 'city', 33, 33, '/1/33/195/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (196, '410100', '410100', '郑州市', '郑州市人民政府', 'city', 34, 34, '/1/34/196/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (197, '410200', '410200', '开封市', '开封市人民政府', 'city', 34, 34, '/1/34/197/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (198, '410300', '410300', '洛阳市', '洛阳市人民政府', 'city', 34, 34, '/1/34/198/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (199, '410400', '410400', '平顶山市', '平顶山市人民政府', 'city', 34, 34, '/1/34/199/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (200, '410500', '410500', '安阳市', '安阳市人民政府', 'city', 34, 34, '/1/34/200/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (201, '410600', '410600', '鹤壁市', '鹤壁市人民政府', 'city', 34, 34, '/1/34/201/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (202, '410700', '410700', '新乡市', '新乡市人民政府', 'city', 34, 34, '/1/34/202/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (203, '410800', '410800', '焦作市', '焦作市人民政府', 'city', 34, 34, '/1/34/203/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (204, '410900', '410900', '濮阳市', '濮阳市人民政府', 'city', 34, 34, '/1/34/204/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (205, '411000', '411000', '许昌市', '许昌市人民政府', 'city', 34, 34, '/1/34/205/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (206, '411100', '411100', '漯河市', '漯河市人民政府', 'city', 34, 34, '/1/34/206/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (207, '411200', '411200', '三门峡市', '三门峡市人民政府', 'city', 34, 34, '/1/34/207/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (208, '411300', '411300', '南阳市', '南阳市人民政府', 'city', 34, 34, '/1/34/208/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (209, '411400', '411400', '商丘市', '商丘市人民政府', 'city', 34, 34, '/1/34/209/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (210, '411500', '411500', '信阳市', '信阳市人民政府', 'city', 34, 34, '/1/34/210/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (211, '411600', '411600', '周口市', '周口市人民政府', 'city', 34, 34, '/1/34/211/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (212, '411700', '411700', '驻马店市', '驻马店市人民政府', 'city', 34, 34, '/1/34/212/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (213, '420100', '420100', '武汉市', '武汉市人民政府', 'city', 35, 35, '/1/35/213/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (214, '420200', '420200', '黄石市', '黄石市人民政府', 'city', 35, 35, '/1/35/214/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (215, '420300', '420300', '十堰市', '十堰市人民政府', 'city', 35, 35, '/1/35/215/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (216, '420500', '420500', '宜昌市', '宜昌市人民政府', 'city', 35, 35, '/1/35/216/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (217, '420600', '420600', '襄阳市', '襄阳市人民政府', 'city', 35, 35, '/1/35/217/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (218, '420700', '420700', '鄂州市', '鄂州市人民政府', 'city', 35, 35, '/1/35/218/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (219, '420800', '420800', '荆门市', '荆门市人民政府', 'city', 35, 35, '/1/35/219/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (220, '420900', '420900', '孝感市', '孝感市人民政府', 'city', 35, 35, '/1/35/220/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (221, '421000', '421000', '荆州市', '荆州市人民政府', 'city', 35, 35, '/1/35/221/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (222, '421100', '421100', '黄冈市', '黄冈市人民政府', 'city', 35, 35, '/1/35/222/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (223, '421200', '421200', '咸宁市', '咸宁市人民政府', 'city', 35, 35, '/1/35/223/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (224, '421300', '421300', '随州市', '随州市人民政府', 'city', 35, 35, '/1/35/224/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (225, '422800', '422800', '恩施土家族苗族自治州', '恩施土家族苗族自治州人民政府', 'city', 35, 35, '/1/35/225/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (226, '430100', '430100', '长沙市', '长沙市人民政府', 'city', 36, 36, '/1/36/226/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (227, '430200', '430200', '株洲市', '株洲市人民政府', 'city', 36, 36, '/1/36/227/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (228, '430300', '430300', '湘潭市', '湘潭市人民政府', 'city', 36, 36, '/1/36/228/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (229, '430400', '430400', '衡阳市', '衡阳市人民政府', 'city', 36, 36, '/1/36/229/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (230, '430500', '430500', '邵阳市', '邵阳市人民政府', 'city', 36, 36, '/1/36/230/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (231, '430600', '430600', '岳阳市', '岳阳市人民政府', 'city', 36, 36, '/1/36/231/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (232, '430700', '430700', '常德市', '常德市人民政府', 'city', 36, 36, '/1/36/232/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (233, '430800', '430800', '张家界市', '张家界市人民政府', 'city', 36, 36, '/1/36/233/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (234, '430900', '430900', '益阳市', '益阳市人民政府', 'city', 36, 36, '/1/36/234/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (235, '431000', '431000', '郴州市', '郴州市人民政府', 'city', 36, 36, '/1/36/235/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (236, '431100', '431100', '永州市', '永州市人民政府', 'city', 36, 36, '/1/36/236/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (237, '431200', '431200', '怀化市', '怀化市人民政府', 'city', 36, 36, '/1/36/237/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (238, '431300', '431300', '娄底市', '娄底市人民政府', 'city', 36, 36, '/1/36/238/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (239, '433100', '433100', '湘西土家族苗族自治州', '湘西土家族苗族自治州人民政府', 'city', 36, 36, '/1/36/239/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (240, '440100', '440100', '广州市', '广州市人民政府', 'city', 37, 37, '/1/37/240/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (241, '440200', '440200', '韶关市', '韶关市人民政府', 'city', 37, 37, '/1/37/241/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (242, '440300', '440300', '深圳市', '深圳市人民政府', 'city', 37, 37, '/1/37/242/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (243, '440400', '440400', '珠海市', '珠海市人民政府', 'city', 37, 37, '/1/37/243/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (244, '440500', '440500', '汕头市', '汕头市人民政府', 'city', 37, 37, '/1/37/244/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (245, '440600', '440600', '佛山市', '佛山市人民政府', 'city', 37, 37, '/1/37/245/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (246, '440700', '440700', '江门市', '江门市人民政府', 'city', 37, 37, '/1/37/246/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (247, '440800', '440800', '湛江市', '湛江市人民政府', 'city', 37, 37, '/1/37/247/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (248, '440900', '440900', '茂名市', '茂名市人民政府', 'city', 37, 37, '/1/37/248/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (249, '441200', '441200', '肇庆市', '肇庆市人民政府', 'city', 37, 37, '/1/37/249/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (250, '441300', '441300', '惠州市', '惠州市人民政府', 'city', 37, 37, '/1/37/250/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (251, '441400', '441400', '梅州市', '梅州市人民政府', 'city', 37, 37, '/1/37/251/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (252, '441500', '441500', '汕尾市', '汕尾市人民政府', 'city', 37, 37, '/1/37/252/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (253, '441600', '441600', '河源市', '河源市人民政府', 'city', 37, 37, '/1/37/253/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (254, '441700', '441700', '阳江市', '阳江市人民政府', 'city', 37, 37, '/1/37/254/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (255, '441800', '441800', '清远市', '清远市人民政府', 'city', 37, 37, '/1/37/255/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (256, '441900', '441900', '东莞市', '东莞市人民政府', 'city', 37, 37, '/1/37/256/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (257, '442000', '442000', '中山市', '中山市人民政府', 'city', 37, 37, '/1/37/257/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (258, '445100', '445100', '潮州市', '潮州市人民政府', 'city', 37, 37, '/1/37/258/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (259, '445200', '445200', '揭阳市', '揭阳市人民政府', 'city', 37, 37, '/1/37/259/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (260, '445300', '445300', '云浮市', '云浮市人民政府', 'city', 37, 37, '/1/37/260/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (261, '450100', '450100', '南宁市', '南宁市人民政府', 'city', 38, 38, '/1/38/261/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (262, '450200', '450200', '柳州市', '柳州市人民政府', 'city', 38, 38, '/1/38/262/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (263, '450300', '450300', '桂林市', '桂林市人民政府', 'city', 38, 38, '/1/38/263/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (264, '450400', '450400', '梧州市', '梧州市人民政府', 'city', 38, 38, '/1/38/264/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (265, '450500', '450500', '北海市', '北海市人民政府', 'city', 38, 38, '/1/38/265/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (266, '450600', '450600', '防城港市', '防城港市人民政府', 'city', 38, 38, '/1/38/266/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (267, '450700', '450700', '钦州市', '钦州市人民政府', 'city', 38, 38, '/1/38/267/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (268, '450800', '450800', '贵港市', '贵港市人民政府', 'city', 38, 38, '/1/38/268/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (269, '450900', '450900', '玉林市', '玉林市人民政府', 'city', 38, 38, '/1/38/269/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (270, '451000', '451000', '百色市', '百色市人民政府', 'city', 38, 38, '/1/38/270/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (271, '451100', '451100', '贺州市', '贺州市人民政府', 'city', 38, 38, '/1/38/271/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (272, '451200', '451200', '河池市', '河池市人民政府', 'city', 38, 38, '/1/38/272/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (273, '451300', '451300', '来宾市', '来宾市人民政府', 'city', 38, 38, '/1/38/273/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (274, '451400', '451400', '崇左市', '崇左市人民政府', 'city', 38, 38, '/1/38/274/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (275, '460100', '460100', '海口市', '海口市人民政府', 'city', 39, 39, '/1/39/275/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (276, '460200', '460200', '三亚市', '三亚市人民政府', 'city', 39, 39, '/1/39/276/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (277, '460300', '460300', '三沙市', '三沙市人民政府', 'city', 39, 39, '/1/39/277/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (278, '460400', '460400', '儋州市', '儋州市人民政府', 'city', 39, 39, '/1/39/278/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (279, '510100', '510100', '成都市', '成都市人民政府', 'city', 41, 41, '/1/41/279/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (280, '510300', '510300', '自贡市', '自贡市人民政府', 'city', 41, 41, '/1/41/280/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (281, '510400', '510400', '攀枝花市', '攀枝花市人民政府', 'city', 41, 41, '/1/41/281/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (282, '510500', '510500', '泸州市', '泸州市人民政府', 'city', 41, 41, '/1/41/282/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (283, '510600', '510600', '德阳市', '德阳市人民政府', 'city', 41, 41, '/1/41/283/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (284, '510700', '510700', '绵阳市', '绵阳市人民政府', 'city', 41, 41, '/1/41/284/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (285, '510800', '510800', '广元市', '广元市人民政府', 'city', 41, 41, '/1/41/285/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (286, '510900', '510900', '遂宁市', '遂宁市人民政府', 'city', 41, 41, '/1/41/286/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (287, '511000', '511000', '内江市', '内江市人民政府', 'city', 41, 41, '/1/41/287/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (288, '511100', '511100', '乐山市', '乐山市人民政府', 'city', 41, 41, '/1/41/288/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (289, '511300', '511300', '南充市', '南充市人民政府', 'city', 41, 41, '/1/41/289/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (290, '511400', '511400', '眉山市', '眉山市人民政府', 'city', 41, 41, '/1/41/290/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (291, '511500', '511500', '宜宾市', '宜宾市人民政府', 'city', 41, 41, '/1/41/291/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (292, '511600', '511600', '广安市', '广安市人民政府', 'city', 41, 41, '/1/41/292/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (293, '511700', '511700', '达州市', '达州市人民政府', 'city', 41, 41, '/1/41/293/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (294, '511800', '511800', '雅安市', '雅安市人民政府', 'city', 41, 41, '/1/41/294/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (295, '511900', '511900', '巴中市', '巴中市人民政府', 'city', 41, 41, '/1/41/295/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (296, '512000', '512000', '资阳市', '资阳市人民政府', 'city', 41, 41, '/1/41/296/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (297, '513200', '513200', '阿坝藏族羌族自治州', '阿坝藏族羌族自治州人民政府', 'city', 41, 41, '/1/41/297/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (298, '513300', '513300', '甘孜藏族自治州', '甘孜藏族自治州人民政府', 'city', 41, 41, '/1/41/298/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (299, '513400', '513400', '凉山彝族自治州', '凉山彝族自治州人民政府', 'city', 41, 41, '/1/41/299/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (300, '520100', '520100', '贵阳市', '贵阳市人民政府', 'city', 42, 42, '/1/42/300/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (301, '520200', '520200', '六盘水市', '六盘水市人民政府', 'city', 42, 42, '/1/42/301/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (302, '520300', '520300', '遵义市', '遵义市人民政府', 'city', 42, 42, '/1/42/302/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (303, '520400', '520400', '安顺市', '安顺市人民政府', 'city', 42, 42, '/1/42/303/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (304, '520500', '520500', '毕节市', '毕节市人民政府', 'city', 42, 42, '/1/42/304/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (305, '520600', '520600', '铜仁市', '铜仁市人民政府', 'city', 42, 42, '/1/42/305/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (306, '522300', '522300', '黔西南布依族苗族自治州', '黔西南布依族苗族自治州人民政府', 'city', 42, 42, '/1/42/306/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (307, '522600', '522600', '黔东南苗族侗族自治州', '黔东南苗族侗族自治州人民政府', 'city', 42, 42, '/1/42/307/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (308, '522700', '522700', '黔南布依族苗族自治州', '黔南布依族苗族自治州人民政府', 'city', 42, 42, '/1/42/308/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (309, '530100', '530100', '昆明市', '昆明市人民政府', 'city', 43, 43, '/1/43/309/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (310, '530300', '530300', '曲靖市', '曲靖市人民政府', 'city', 43, 43, '/1/43/310/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (311, '530400', '530400', '玉溪市', '玉溪市人民政府', 'city', 43, 43, '/1/43/311/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (312, '530500', '530500', '保山市', '保山市人民政府', 'city', 43, 43, '/1/43/312/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (313, '530600', '530600', '昭通市', '昭通市人民政府', 'city', 43, 43, '/1/43/313/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (314, '530700', '530700', '丽江市', '丽江市人民政府', 'city', 43, 43, '/1/43/314/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (315, '530800', '530800', '普洱市', '普洱市人民政府', 'city', 43, 43, '/1/43/315/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (316, '530900', '530900', '临沧市', '临沧市人民政府', 'city', 43, 43, '/1/43/316/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (317, '532300', '532300', '楚雄彝族自治州', '楚雄彝族自治州人民政府', 'city', 43, 43, '/1/43/317/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (318, '532500', '532500', '红河哈尼族彝族自治州', '红河哈尼族彝族自治州人民政府', 'city', 43, 43, '/1/43/318/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (319, '532600', '532600', '文山壮族苗族自治州', '文山壮族苗族自治州人民政府', 'city', 43, 43, '/1/43/319/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (320, '532800', '532800', '西双版纳傣族自治州', '西双版纳傣族自治州人民政府', 'city', 43, 43, '/1/43/320/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (321, '532900', '532900', '大理白族自治州', '大理白族自治州人民政府', 'city', 43, 43, '/1/43/321/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (322, '533100', '533100', '德宏傣族景颇族自治州', '德宏傣族景颇族自治州人民政府', 'city', 43, 43, '/1/43/322/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (323, '533300', '533300', '怒江傈僳族自治州', '怒江傈僳族自治州人民政府', 'city', 43, 43, '/1/43/323/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (324, '533400', '533400', '迪庆藏族自治州', '迪庆藏族自治州人民政府', 'city', 43, 43, '/1/43/324/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (325, '540100', '540100', '拉萨市', '拉萨市人民政府', 'city', 44, 44, '/1/44/325/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (326, '540200', '540200', '日喀则市', '日喀则市人民政府', 'city', 44, 44, '/1/44/326/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (327, '540300', '540300', '昌都市', '昌都市人民政府', 'city', 44, 44, '/1/44/327/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (328, '540400', '540400', '林芝市', '林芝市人民政府', 'city', 44, 44, '/1/44/328/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (329, '540500', '540500', '山南市', '山南市人民政府', 'city', 44, 44, '/1/44/329/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (330, '540600', '540600', '那曲市', '那曲市人民政府', 'city', 44, 44, '/1/44/330/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (331, '542500', '542500', '阿里地区', '阿里地区人民政府', 'city', 44, 44, '/1/44/331/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (332, '610100', '610100', '西安市', '西安市人民政府', 'city', 45, 45, '/1/45/332/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (333, '610200', '610200', '铜川市', '铜川市人民政府', 'city', 45, 45, '/1/45/333/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (334, '610300', '610300', '宝鸡市', '宝鸡市人民政府', 'city', 45, 45, '/1/45/334/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (335, '610400', '610400', '咸阳市', '咸阳市人民政府', 'city', 45, 45, '/1/45/335/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (336, '610500', '610500', '渭南市', '渭南市人民政府', 'city', 45, 45, '/1/45/336/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (337, '610600', '610600', '延安市', '延安市人民政府', 'city', 45, 45, '/1/45/337/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (338, '610700', '610700', '汉中市', '汉中市人民政府', 'city', 45, 45, '/1/45/338/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (339, '610800', '610800', '榆林市', '榆林市人民政府', 'city', 45, 45, '/1/45/339/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (340, '610900', '610900', '安康市', '安康市人民政府', 'city', 45, 45, '/1/45/340/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (341, '611000', '611000', '商洛市', '商洛市人民政府', 'city', 45, 45, '/1/45/341/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (342, '620100', '620100', '兰州市', '兰州市人民政府', 'city', 46, 46, '/1/46/342/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (343, '620200', '620200', '嘉峪关市', '嘉峪关市人民政府', 'city', 46, 46, '/1/46/343/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (344, '620300', '620300', '金昌市', '金昌市人民政府', 'city', 46, 46, '/1/46/344/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (345, '620400', '620400', '白银市', '白银市人民政府', 'city', 46, 46, '/1/46/345/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (346, '620500', '620500', '天水市', '天水市人民政府', 'city', 46, 46, '/1/46/346/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (347, '620600', '620600', '武威市', '武威市人民政府', 'city', 46, 46, '/1/46/347/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (348, '620700', '620700', '张掖市', '张掖市人民政府', 'city', 46, 46, '/1/46/348/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (349, '620800', '620800', '平凉市', '平凉市人民政府', 'city', 46, 46, '/1/46/349/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (350, '620900', '620900', '酒泉市', '酒泉市人民政府', 'city', 46, 46, '/1/46/350/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (351, '621000', '621000', '庆阳市', '庆阳市人民政府', 'city', 46, 46, '/1/46/351/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (352, '621100', '621100', '定西市', '定西市人民政府', 'city', 46, 46, '/1/46/352/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (353, '621200', '621200', '陇南市', '陇南市人民政府', 'city', 46, 46, '/1/46/353/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (354, '622900', '622900', '临夏回族自治州', '临夏回族自治州人民政府', 'city', 46, 46, '/1/46/354/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (355, '623000', '623000', '甘南藏族自治州', '甘南藏族自治州人民政府', 'city', 46, 46, '/1/46/355/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (356, '630100', '630100', '西宁市', '西宁市人民政府', 'city', 47, 47, '/1/47/356/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (357, '630200', '630200', '海东市', '海东市人民政府', 'city', 47, 47, '/1/47/357/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (358, '632200', '632200', '海北藏族自治州', '海北藏族自治州人民政府', 'city', 47, 47, '/1/47/358/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (359, '632300', '632300', '黄南藏族自治州', '黄南藏族自治州人民政府', 'city', 47, 47, '/1/47/359/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (360, '632500', '632500', '海南藏族自治州', '海南藏族自治州人民政府', 'city', 47, 47, '/1/47/360/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (361, '632600', '632600', '果洛藏族自治州', '果洛藏族自治州人民政府', 'city', 47, 47, '/1/47/361/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (362, '632700', '632700', '玉树藏族自治州', '玉树藏族自治州人民政府', 'city', 47, 47, '/1/47/362/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (363, '632800', '632800', '海西蒙古族藏族自治州', '海西蒙古族藏族自治州人民政府', 'city', 47, 47, '/1/47/363/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (364, '640100', '640100', '银川市', '银川市人民政府', 'city', 48, 48, '/1/48/364/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (365, '640200', '640200', '石嘴山市', '石嘴山市人民政府', 'city', 48, 48, '/1/48/365/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (366, '640300', '640300', '吴忠市', '吴忠市人民政府', 'city', 48, 48, '/1/48/366/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (367, '640400', '640400', '固原市', '固原市人民政府', 'city', 48, 48, '/1/48/367/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (368, '640500', '640500', '中卫市', '中卫市人民政府', 'city', 48, 48, '/1/48/368/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (369, '650100', '650100', '乌鲁木齐市', '乌鲁木齐市人民政府', 'city', 49, 49, '/1/49/369/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (370, '650200', '650200', '克拉玛依市', '克拉玛依市人民政府', 'city', 49, 49, '/1/49/370/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (371, '650400', '650400', '吐鲁番市', '吐鲁番市人民政府', 'city', 49, 49, '/1/49/371/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (372, '650500', '650500', '哈密市', '哈密市人民政府', 'city', 49, 49, '/1/49/372/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (373, '652300', '652300', '昌吉回族自治州', '昌吉回族自治州人民政府', 'city', 49, 49, '/1/49/373/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (374, '652700', '652700', '博尔塔拉蒙古自治州', '博尔塔拉蒙古自治州人民政府', 'city', 49, 49, '/1/49/374/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (375, '652800', '652800', '巴音郭楞蒙古自治州', '巴音郭楞蒙古自治州人民政府', 'city', 49, 49, '/1/49/375/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (376, '652900', '652900', '阿克苏地区', '阿克苏地区人民政府', 'city', 49, 49, '/1/49/376/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (377, '653000', '653000', '克孜勒苏柯尔克孜自治州', '克孜勒苏柯尔克孜自治州人民政府', 'city', 49, 49, '/1/49/377/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (378, '653100', '653100', '喀什地区', '喀什地区人民政府', 'city', 49, 49, '/1/49/378/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (379, '653200', '653200', '和田地区', '和田地区人民政府', 'city', 49, 49, '/1/49/379/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (380, '654000', '654000', '伊犁哈萨克自治州', '伊犁哈萨克自治州人民政府', 'city', 49, 49, '/1/49/380/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (381, '654200', '654200', '塔城地区', '塔城地区人民政府', 'city', 49, 49, '/1/49/381/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (382, '654300', '654300', '阿勒泰地区', '阿勒泰地区人民政府', 'city', 49, 49, '/1/49/382/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (383, '110101', '110101', '东城区', '东城区人民政府', 'county', 19, 19, '/1/19/383/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (384, '110102', '110102', '西城区', '西城区人民政府', 'county', 19, 19, '/1/19/384/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (385, '110105', '110105', '朝阳区', '朝阳区人民政府', 'county', 19, 19, '/1/19/385/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (386, '110106', '110106', '丰台区', '丰台区人民政府', 'county', 19, 19, '/1/19/386/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (387, '110107', '110107', '石景山区', '石景山区人民政府', 'county', 19, 19, '/1/19/387/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (388, '110108', '110108', '海淀区', '海淀区人民政府', 'county', 19, 19, '/1/19/388/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (389, '110109', '110109', '门头沟区', '门头沟区人民政府', 'county', 19, 19, '/1/19/389/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (390, '110111', '110111', '房山区', '房山区人民政府', 'county', 19, 19, '/1/19/390/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (391, '110112', '110112', '通州区', '通州区人民政府', 'county', 19, 19, '/1/19/391/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (392, '110113', '110113', '顺义区', '顺义区人民政府', 'county', 19, 19, '/1/19/392/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (393, '110114', '110114', '昌平区', '昌平区人民政府', 'county', 19, 19, '/1/19/393/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (394, '110115', '110115', '大兴区', '大兴区人民政府', 'county', 19, 19, '/1/19/394/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (395, '110116', '110116', '怀柔区', '怀柔区人民政府', 'county', 19, 19, '/1/19/395/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (396, '110117', '110117', '平谷区', '平谷区人民政府', 'county', 19, 19, '/1/19/396/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (397, '110118', '110118', '密云区', '密云区人民政府', 'county', 19, 19, '/1/19/397/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (398, '110119', '110119', '延庆区', '延庆区人民政府', 'county', 19, 19, '/1/19/398/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (399, '120101', '120101', '和平区', '和平区人民政府', 'county', 20, 20, '/1/20/399/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (400, '120102', '120102', '河东区', '河东区人民政府', 'county', 20, 20, '/1/20/400/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (401, '120103', '120103', '河西区', '河西区人民政府', 'county', 20, 20, '/1/20/401/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (402, '120104', '120104', '南开区', '南开区人民政府', 'county', 20, 20, '/1/20/402/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (403, '120105', '120105', '河北区', '河北区人民政府', 'county', 20, 20, '/1/20/403/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (404, '120106', '120106', '红桥区', '红桥区人民政府', 'county', 20, 20, '/1/20/404/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (405, '120110', '120110', '东丽区', '东丽区人民政府', 'county', 20, 20, '/1/20/405/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (406, '120111', '120111', '西青区', '西青区人民政府', 'county', 20, 20, '/1/20/406/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (407, '120112', '120112', '津南区', '津南区人民政府', 'county', 20, 20, '/1/20/407/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (408, '120113', '120113', '北辰区', '北辰区人民政府', 'county', 20, 20, '/1/20/408/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (409, '120114', '120114', '武清区', '武清区人民政府', 'county', 20, 20, '/1/20/409/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (410, '120115', '120115', '宝坻区', '宝坻区人民政府', 'county', 20, 20, '/1/20/410/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (411, '120116', '120116', '滨海新区', '滨海新区人民政府', 'county', 20, 20, '/1/20/411/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (412, '120117', '120117', '宁河区', '宁河区人民政府', 'county', 20, 20, '/1/20/412/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (413, '120118', '120118', '静海区', '静海区人民政府', 'county', 20, 20, '/1/20/413/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (414, '120119', '120119', '蓟州区', '蓟州区人民政府', 'county', 20, 20, '/1/20/414/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (415, '310101', '310101', '黄浦区', '黄浦区人民政府', 'county', 27, 27, '/1/27/415/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (416, '310104', '310104', '徐汇区', '徐汇区人民政府', 'county', 27, 27, '/1/27/416/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (417, '310105', '310105', '长宁区', '长宁区人民政府', 'county', 27, 27, '/1/27/417/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (418, '310106', '310106', '静安区', '静安区人民政府', 'county', 27, 27, '/1/27/418/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (419, '310107', '310107', '普陀区', '普陀区人民政府', 'county', 27, 27, '/1/27/419/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (420, '310109', '310109', '虹口区', '虹口区人民政府', 'county', 27, 27, '/1/27/420/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (421, '310110', '310110', '杨浦区', '杨浦区人民政府', 'county', 27, 27, '/1/27/421/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (422, '310112', '310112', '闵行区', '闵行区人民政府', 'county', 27, 27, '/1/27/422/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (423, '310113', '310113', '宝山区', '宝山区人民政府', 'county', 27, 27, '/1/27/423/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (424, '310114', '310114', '嘉定区', '嘉定区人民政府', 'county', 27, 27, '/1/27/424/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (425, '310115', '310115', '浦东新区', '浦东新区人民政府', 'county', 27, 27, '/1/27/425/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (426, '310116', '310116', '金山区', '金山区人民政府', 'county', 27, 27, '/1/27/426/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (427, '310117', '310117', '松江区', '松江区人民政府', 'county', 27, 27, '/1/27/427/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (428, '310118', '310118', '青浦区', '青浦区人民政府', 'county', 27, 27, '/1/27/428/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (429, '310120', '310120', '奉贤区', '奉贤区人民政府', 'county', 27, 27, '/1/27/429/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (430, '310151', '310151', '崇明区', '崇明区人民政府', 'county', 27, 27, '/1/27/430/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (431, '419001', '419001', '济源市', '济源市人民政府', 'county', 34, 34, '/1/34/431/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (432, '429004', '429004', '仙桃市', '仙桃市人民政府', 'county', 35, 35, '/1/35/432/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (433, '429005', '429005', '潜江市', '潜江市人民政府', 'county', 35, 35, '/1/35/433/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (434, '429006', '429006', '天门市', '天门市人民政府', 'county', 35, 35, '/1/35/434/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (435, '429021', '429021', '神农架林区', '神农架林区人民政府', 'county', 35, 35, '/1/35/435/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (436, '469001', '469001', '五指山市', '五指山市人民政府', 'county', 39, 39, '/1/39/436/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (437, '469002', '469002', '琼海市', '琼海市人民政府', 'county', 39, 39, '/1/39/437/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (438, '469005', '469005', '文昌市', '文昌市人民政府', 'county', 39, 39, '/1/39/438/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (439, '469006', '469006', '万宁市', '万宁市人民政府', 'county', 39, 39, '/1/39/439/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (440, '469007', '469007', '东方市', '东方市人民政府', 'county', 39, 39, '/1/39/440/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (441, '469021', '469021', '定安县', '定安县人民政府', 'county', 39, 39, '/1/39/441/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (442, '469022', '469022', '屯昌县', '屯昌县人民政府', 'county', 39, 39, '/1/39/442/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (443, '469023', '469023', '澄迈县', '澄迈县人民政府', 'county', 39, 39, '/1/39/443/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (444, '469024', '469024', '临高县', '临高县人民政府', 'county', 39, 39, '/1/39/444/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (445, '469025', '469025', '白沙黎族自治县', '白沙黎族自治县人民政府', 'county', 39, 39, '/1/39/445/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (446, '469026', '469026', '昌江黎族自治县', '昌江黎族自治县人民政府', 'county', 39, 39, '/1/39/446/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (447, '469027', '469027', '乐东黎族自治县', '乐东黎族自治县人民政府', 'county', 39, 39, '/1/39/447/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (448, '469028', '469028', '陵水黎族自治县', '陵水黎族自治县人民政府', 'county', 39, 39, '/1/39/448/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (449, '469029', '469029', '保亭黎族苗族自治县', '保亭黎族苗族自治县人民政府', 'county', 39, 39, '/1/39/449/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (450, '469030', '469030', '琼中黎族苗族自治县', '琼中黎族苗族自治县人民政府', 'county', 39, 39, '/1/39/450/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (451, '500101', '500101', '万州区', '万州区人民政府', 'county', 40, 40, '/1/40/451/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (452, '500102', '500102', '涪陵区', '涪陵区人民政府', 'county', 40, 40, '/1/40/452/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (453, '500103', '500103', '渝中区', '渝中区人民政府', 'county', 40, 40, '/1/40/453/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (454, '500104', '500104', '大渡口区', '大渡口区人民政府', 'county', 40, 40, '/1/40/454/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (455, '500105', '500105', '江北区', '江北区人民政府', 'county', 40, 40, '/1/40/455/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (456, '500106', '500106', '沙坪坝区', '沙坪坝区人民政府', 'county', 40, 40, '/1/40/456/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (457, '500107', '500107', '九龙坡区', '九龙坡区人民政府', 'county', 40, 40, '/1/40/457/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (458, '500108', '500108', '南岸区', '南岸区人民政府', 'county', 40, 40, '/1/40/458/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (459, '500109', '500109', '北碚区', '北碚区人民政府', 'county', 40, 40, '/1/40/459/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (460, '500110', '500110', '綦江区', '綦江区人民政府', 'county', 40, 40, '/1/40/460/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (461, '500111', '500111', '大足区', '大足区人民政府', 'county', 40, 40, '/1/40/461/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (462, '500112', '500112', '渝北区', '渝北区人民政府', 'county', 40, 40, '/1/40/462/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (463, '500113', '500113', '巴南区', '巴南区人民政府', 'county', 40, 40, '/1/40/463/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (464, '500114', '500114', '黔江区', '黔江区人民政府', 'county', 40, 40, '/1/40/464/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (465, '500115', '500115', '长寿区', '长寿区人民政府', 'county', 40, 40, '/1/40/465/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (466, '500116', '500116', '江津区', '江津区人民政府', 'county', 40, 40, '/1/40/466/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (467, '500117', '500117', '合川区', '合川区人民政府', 'county', 40, 40, '/1/40/467/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (468, '500118', '500118', '永川区', '永川区人民政府', 'county', 40, 40, '/1/40/468/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (469, '500119', '500119', '南川区', '南川区人民政府', 'county', 40, 40, '/1/40/469/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (470, '500120', '500120', '璧山区', '璧山区人民政府', 'county', 40, 40, '/1/40/470/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (471, '500151', '500151', '铜梁区', '铜梁区人民政府', 'county', 40, 40, '/1/40/471/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (472, '500152', '500152', '潼南区', '潼南区人民政府', 'county', 40, 40, '/1/40/472/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (473, '500153', '500153', '荣昌区', '荣昌区人民政府', 'county', 40, 40, '/1/40/473/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (474, '500154', '500154', '开州区', '开州区人民政府', 'county', 40, 40, '/1/40/474/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (475, '500155', '500155', '梁平区', '梁平区人民政府', 'county', 40, 40, '/1/40/475/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (476, '500156', '500156', '武隆区', '武隆区人民政府', 'county', 40, 40, '/1/40/476/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (477, '500229', '500229', '城口县', '城口县人民政府', 'county', 40, 40, '/1/40/477/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (478, '500230', '500230', '丰都县', '丰都县人民政府', 'county', 40, 40, '/1/40/478/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (479, '500231', '500231', '垫江县', '垫江县人民政府', 'county', 40, 40, '/1/40/479/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (480, '500233', '500233', '忠县', '忠县人民政府', 'county', 40, 40, '/1/40/480/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (481, '500235', '500235', '云阳县', '云阳县人民政府', 'county', 40, 40, '/1/40/481/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (482, '500236', '500236', '奉节县', '奉节县人民政府', 'county', 40, 40, '/1/40/482/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (483, '500237', '500237', '巫山县', '巫山县人民政府', 'county', 40, 40, '/1/40/483/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (484, '500238', '500238', '巫溪县', '巫溪县人民政府', 'county', 40, 40, '/1/40/484/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (485, '500240', '500240', '石柱土家族自治县', '石柱土家族自治县人民政府', 'county', 40, 40, '/1/40/485/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (486, '500241', '500241', '秀山土家族苗族自治县', '秀山土家族苗族自治县人民政府', 'county', 40, 40, '/1/40/486/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (487, '500242', '500242', '酉阳土家族苗族自治县', '酉阳土家族苗族自治县人民政府', 'county', 40, 40, '/1/40/487/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (488, '500243', '500243', '彭水苗族土家族自治县', '彭水苗族土家族自治县人民政府', 'county', 40, 40, '/1/40/488/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (489, '659001', '659001', '石河子市', '石河子市人民政府', 'county', 49, 49, '/1/49/489/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (490, '659002', '659002', '阿拉尔市', '阿拉尔市人民政府', 'county', 49, 49, '/1/49/490/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (491, '659003', '659003', '图木舒克市', '图木舒克市人民政府', 'county', 49, 49, '/1/49/491/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (492, '659004', '659004', '五家渠市', '五家渠市人民政府', 'county', 49, 49, '/1/49/492/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (493, '659005', '659005', '北屯市', '北屯市人民政府', 'county', 49, 49, '/1/49/493/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (494, '659006', '659006', '铁门关市', '铁门关市人民政府', 'county', 49, 49, '/1/49/494/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (495, '659007', '659007', '双河市', '双河市人民政府', 'county', 49, 49, '/1/49/495/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (496, '659008', '659008', '可克达拉市', '可克达拉市人民政府', 'county', 49, 49, '/1/49/496/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (497, '659009', '659009', '昆玉市', '昆玉市人民政府', 'county', 49, 49, '/1/49/497/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (498, '659010', '659010', '胡杨河市', '胡杨河市人民政府', 'county', 49, 49, '/1/49/498/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (499, '659011', '659011', '新星市', '新星市人民政府', 'county', 49, 49, '/1/49/499/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (500, '659012', '659012', '白杨市', '白杨市人民政府', 'county', 49, 49, '/1/49/500/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (501, 'FTZ31', 'FTZ31', '上海自贸试验区', '中国（上海）自由贸易试验区', 'ftz', 27, 27, '/1/27/501/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (502, 'FTZ44', 'FTZ44', '广东自贸试验区', '中国（广东）自由贸易试验区', 'ftz', 37, 37, '/1/37/502/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (503, 'FTZ12', 'FTZ12', '天津自贸试验区', '中国（天津）自由贸易试验区', 'ftz', 20, 20, '/1/20/503/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (504, 'FTZ35', 'FTZ35', '福建自贸试验区', '中国（福建）自由贸易试验区', 'ftz', 31, 31, '/1/31/504/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (505, 'FTZ21', 'FTZ21', '辽宁自贸试验区', '中国（辽宁）自由贸易试验区', 'ftz', 24, 24, '/1/24/505/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (506, 'FTZ33', 'FTZ33', '浙江自贸试验区', '中国（浙江）自由贸易试验区', 'ftz', 29, 29, '/1/29/506/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (507, 'FTZ41', 'FTZ41', '河南自贸试验区', '中国（河南）自由贸易试验区', 'ftz', 34, 34, '/1/34/507/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (508, 'FTZ42', 'FTZ42', '湖北自贸试验区', '中国（湖北）自由贸易试验区', 'ftz', 35, 35, '/1/35/508/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (509, 'FTZ50', 'FTZ50', '重庆自贸试验区', '中国（重庆）自由贸易试验区', 'ftz', 40, 40, '/1/40/509/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (510, 'FTZ51', 'FTZ51', '四川自贸试验区', '中国（四川）自由贸易试验区', 'ftz', 41, 41, '/1/41/510/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (511, 'FTZ61', 'FTZ61', '陕西自贸试验区', '中国（陕西）自由贸易试验区', 'ftz', 45, 45, '/1/45/511/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (512, 'FTZ46', 'FTZ46', '海南自贸试验区', '中国（海南）自由贸易试验区', 'ftz', 39, 39, '/1/39/512/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (513, 'FTZ37', 'FTZ37', '山东自贸试验区', '中国（山东）自由贸易试验区', 'ftz', 33, 33, '/1/33/513/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (514, 'FTZ32', 'FTZ32', '江苏自贸试验区', '中国（江苏）自由贸易试验区', 'ftz', 28, 28, '/1/28/514/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (515, 'FTZ45', 'FTZ45', '广西自贸试验区', '中国（广西）自由贸易试验区', 'ftz', 38, 38, '/1/38/515/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (516, 'FTZ13', 'FTZ13', '河北自贸试验区', '中国（河北）自由贸易试验区', 'ftz', 21, 21, '/1/21/516/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (517, 'FTZ53', 'FTZ53', '云南自贸试验区', '中国（云南）自由贸易试验区', 'ftz', 43, 43, '/1/43/517/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (518, 'FTZ23', 'FTZ23', '黑龙江自贸试验区', '中国（黑龙江）自由贸易试验区', 'ftz', 26, 26, '/1/26/518/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (519, 'FTZ11', 'FTZ11', '北京自贸试验区', '中国（北京）自由贸易试验区', 'ftz', 19, 19, '/1/19/519/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (520, 'FTZ43', 'FTZ43', '湖南自贸试验区', '中国（湖南）自由贸易试验区', 'ftz', 36, 36, '/1/36/520/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (521, 'FTZ34', 'FTZ34', '安徽自贸试验区', '中国（安徽）自由贸易试验区', 'ftz', 30, 30, '/1/30/521/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (522, 'FTZ65', 'FTZ65', '新疆自贸试验区', '中国（新疆）自由贸易试验区', 'ftz', 49, 49, '/1/49/522/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (523, '130102', '130102', '长安区', '长安区人民政府', 'county', 50, 21, '/1/21/50/523/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (524, '130104', '130104', '桥西区', '桥西区人民政府', 'county', 50, 21, '/1/21/50/524/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (525, '130105', '130105', '新华区', '新华区人民政府', 'county', 50, 21, '/1/21/50/525/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (526, '130107', '130107', '井陉矿区', '井陉矿区人民政府', 'county', 50, 21, '/1/21/50/526/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (527, '130108', '130108', '裕华区', '裕华区人民政府', 'county', 50, 21, '/1/21/50/527/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (528, '130109', '130109', '藁城区', '藁城区人民政府', 'county', 50, 21, '/1/21/50/528/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (529, '130110', '130110', '鹿泉区', '鹿泉区人民政府', 'county', 50, 21, '/1/21/50/529/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (530, '130111', '130111', '栾城区', '栾城区人民政府', 'county', 50, 21, '/1/21/50/530/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (531, '130121', '130121', '井陉县', '井陉县人民政府', 'county', 50, 21, '/1/21/50/531/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (532, '130123', '130123', '正定县', '正定县人民政府', 'county', 50, 21, '/1/21/50/532/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (533, '130125', '130125', '行唐县', '行唐县人民政府', 'county', 50, 21, '/1/21/50/533/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (534, '130126', '130126', '灵寿县', '灵寿县人民政府', 'county', 50, 21, '/1/21/50/534/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (535, '130127', '130127', '高邑县', '高邑县人民政府', 'county', 50, 21, '/1/21/50/535/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (536, '130128', '130128', '深泽县', '深泽县人民政府', 'county', 50, 21, '/1/21/50/536/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (537, '130129', '130129', '赞皇县', '赞皇县人民政府', 'county', 50, 21, '/1/21/50/537/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (538, '130130', '130130', '无极县', '无极县人民政府', 'county', 50, 21, '/1/21/50/538/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (539, '130131', '130131', '平山县', '平山县人民政府', 'county', 50, 21, '/1/21/50/539/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (540, '130132', '130132', '元氏县', '元氏县人民政府', 'county', 50, 21, '/1/21/50/540/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (541, '130133', '130133', '赵县', '赵县人民政府', 'county', 50, 21, '/1/21/50/541/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (542, '130171', '130171', '石家庄高新技术产业开发区', '石家庄高新技术产业开发区人民政府', 'county', 50, 21, '/1/21/50/542/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (543, '130172', '130172', '石家庄循环化工园区', '石家庄循环化工园区人民政府', 'county', 50, 21, '/1/21/50/543/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (544, '130181', '130181', '辛集市', '辛集市人民政府', 'county', 50, 21, '/1/21/50/544/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (545, '130183', '130183', '晋州市', '晋州市人民政府', 'county', 50, 21, '/1/21/50/545/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (546, '130184', '130184', '新乐市', '新乐市人民政府', 'county', 50, 21, '/1/21/50/546/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (547, '130202', '130202', '路南区', '路南区人民政府', 'county', 51, 21, '/1/21/51/547/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (548, '130203', '130203', '路北区', '路北区人民政府', 'county', 51, 21, '/1/21/51/548/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (549, '130204', '130204', '古冶区', '古冶区人民政府', 'county', 51, 21, '/1/21/51/549/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (550, '130205', '130205', '开平区', '开平区人民政府', 'county', 51, 21, '/1/21/51/550/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (551, '130207', '130207', '丰南区', '丰南区人民政府', 'county', 51, 21, '/1/21/51/551/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (552, '130208', '130208', '丰润区', '丰润区人民政府', 'county', 51, 21, '/1/21/51/552/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (553, '130209', '130209', '曹妃甸区', '曹妃甸区人民政府', 'county', 51, 21, '/1/21/51/553/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (554, '130224', '130224', '滦南县', '滦南县人民政府', 'county', 51, 21, '/1/21/51/554/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (555, '130225', '130225', '乐亭县', '乐亭县人民政府', 'county', 51, 21, '/1/21/51/555/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (556, '130227', '130227', '迁西县', '迁西县人民政府', 'county', 51, 21, '/1/21/51/556/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (557, '130229', '130229', '玉田县', '玉田县人民政府', 'county', 51, 21, '/1/21/51/557/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (558, '130271', '130271', '河北唐山芦台经济开发区', '河北唐山芦台经济开发区人民政府', 'county', 51, 21, '/1/21/51/558/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (559, '130272', '130272', '唐山市汉沽管理区', '唐山市汉沽管理区人民政府', 'county', 51, 21, '/1/21/51/559/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (560, '130273', '130273', '唐山高新技术产业开发区', '唐山高新技术产业开发区人民政府', 'county', 51, 21, '/1/21/51/560/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (561, '130274', '130274', '河北唐山海港经济开发区', '河北唐山海港经济开发区人民政府', 'county', 51, 21, '/1/21/51/561/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (562, '130281', '130281', '遵化市', '遵化市人民政府', 'county', 51, 21, '/1/21/51/562/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (563, '130283', '130283', '迁安市', '迁安市人民政府', 'county', 51, 21, '/1/21/51/563/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (564, '130284', '130284', '滦州市', '滦州市人民政府', 'county', 51, 21, '/1/21/51/564/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (565, '130302', '130302', '海港区', '海港区人民政府', 'county', 52, 21, '/1/21/52/565/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (566, '130303', '130303', '山海关区', '山海关区人民政府', 'county', 52, 21, '/1/21/52/566/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (567, '130304', '130304', '北戴河区', '北戴河区人民政府', 'county', 52, 21, '/1/21/52/567/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (568, '130306', '130306', '抚宁区', '抚宁区人民政府', 'county', 52, 21, '/1/21/52/568/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (569, '130321', '130321', '青龙满族自治县', '青龙满族自治县人民政府', 'county', 52, 21, '/1/21/52/569/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (570, '130322', '130322', '昌黎县', '昌黎县人民政府', 'county', 52, 21, '/1/21/52/570/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (571, '130324', '130324', '卢龙县', '卢龙县人民政府', 'county', 52, 21, '/1/21/52/571/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (572, '130371', '130371', '秦皇岛市经济技术开发区', '秦皇岛市经济技术开发区人民政府', 'county', 52, 21, '/1/21/52/572/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (573, '130372', '130372', '北戴河新区', '北戴河新区人民政府', 'county', 52, 21, '/1/21/52/573/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (574, '130402', '130402', '邯山区', '邯山区人民政府', 'county', 53, 21, '/1/21/53/574/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (575, '130403', '130403', '丛台区', '丛台区人民政府', 'county', 53, 21, '/1/21/53/575/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (576, '130404', '130404', '复兴区', '复兴区人民政府', 'county', 53, 21, '/1/21/53/576/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (577, '130406', '130406', '峰峰矿区', '峰峰矿区人民政府', 'county', 53, 21, '/1/21/53/577/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (578, '130407', '130407', '肥乡区', '肥乡区人民政府', 'county', 53, 21, '/1/21/53/578/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (579, '130408', '130408', '永年区', '永年区人民政府', 'county', 53, 21, '/1/21/53/579/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (580, '130423', '130423', '临漳县', '临漳县人民政府', 'county', 53, 21, '/1/21/53/580/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (581, '130424', '130424', '成安县', '成安县人民政府', 'county', 53, 21, '/1/21/53/581/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (582, '130425', '130425', '大名县', '大名县人民政府', 'county', 53, 21, '/1/21/53/582/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (583, '130426', '130426', '涉县', '涉县人民政府', 'county', 53, 21, '/1/21/53/583/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (584, '130427', '130427', '磁县', '磁县人民政府', 'county', 53, 21, '/1/21/53/584/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (585, '130430', '130430', '邱县', '邱县人民政府', 'county', 53, 21, '/1/21/53/585/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (586, '130431', '130431', '鸡泽县', '鸡泽县人民政府', 'county', 53, 21, '/1/21/53/586/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (587, '130432', '130432', '广平县', '广平县人民政府', 'county', 53, 21, '/1/21/53/587/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (588, '130433', '130433', '馆陶县', '馆陶县人民政府', 'county', 53, 21, '/1/21/53/588/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (589, '130434', '130434', '魏县', '魏县人民政府', 'county', 53, 21, '/1/21/53/589/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (590, '130435', '130435', '曲周县', '曲周县人民政府', 'county', 53, 21, '/1/21/53/590/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (591, '130471', '130471', '邯郸经济技术开发区', '邯郸经济技术开发区人民政府', 'county', 53, 21, '/1/21/53/591/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (592, '130473', '130473', '邯郸冀南新区', '邯郸冀南新区人民政府', 'county', 53, 21, '/1/21/53/592/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (593, '130481', '130481', '武安市', '武安市人民政府', 'county', 53, 21, '/1/21/53/593/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (594, '130502', '130502', '襄都区', '襄都区人民政府', 'county', 54, 21, '/1/21/54/594/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (595, '130503', '130503', '信都区', '信都区人民政府', 'county', 54, 21, '/1/21/54/595/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (596, '130505', '130505', '任泽区', '任泽区人民政府', 'county', 54, 21, '/1/21/54/596/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (597, '130506', '130506', '南和区', '南和区人民政府', 'county', 54, 21, '/1/21/54/597/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (598, '130522', '130522', '临城县', '临城县人民政府', 'county', 54, 21, '/1/21/54/598/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (599, '130523', '130523', '内丘县', '内丘县人民政府', 'county', 54, 21, '/1/21/54/599/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (600, '130524', '130524', '柏乡县', '柏乡县人民政府', 'county', 54, 21, '/1/21/54/600/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (601, '130525', '130525', '隆尧县', '隆尧县人民政府', 'county', 54, 21, '/1/21/54/601/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (602, '130528', '130528', '宁晋县', '宁晋县人民政府', 'county', 54, 21, '/1/21/54/602/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (603, '130529', '130529', '巨鹿县', '巨鹿县人民政府', 'county', 54, 21, '/1/21/54/603/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (604, '130530', '130530', '新河县', '新河县人民政府', 'county', 54, 21, '/1/21/54/604/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (605, '130531', '130531', '广宗县', '广宗县人民政府', 'county', 54, 21, '/1/21/54/605/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (606, '130532', '130532', '平乡县', '平乡县人民政府', 'county', 54, 21, '/1/21/54/606/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (607, '130533', '130533', '威县', '威县人民政府', 'county', 54, 21, '/1/21/54/607/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (608, '130534', '130534', '清河县', '清河县人民政府', 'county', 54, 21, '/1/21/54/608/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (609, '130535', '130535', '临西县', '临西县人民政府', 'county', 54, 21, '/1/21/54/609/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (610, '130571', '130571', '河北邢台经济开发区', '河北邢台经济开发区人民政府', 'county', 54, 21, '/1/21/54/610/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (611, '130581', '130581', '南宫市', '南宫市人民政府', 'county', 54, 21, '/1/21/54/611/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (612, '130582', '130582', '沙河市', '沙河市人民政府', 'county', 54, 21, '/1/21/54/612/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (613, '130602', '130602', '竞秀区', '竞秀区人民政府', 'county', 55, 21, '/1/21/55/613/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (614, '130606', '130606', '莲池区', '莲池区人民政府', 'county', 55, 21, '/1/21/55/614/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (615, '130607', '130607', '满城区', '满城区人民政府', 'county', 55, 21, '/1/21/55/615/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (616, '130608', '130608', '清苑区', '清苑区人民政府', 'county', 55, 21, '/1/21/55/616/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (617, '130609', '130609', '徐水区', '徐水区人民政府', 'county', 55, 21, '/1/21/55/617/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (618, '130623', '130623', '涞水县', '涞水县人民政府', 'county', 55, 21, '/1/21/55/618/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (619, '130624', '130624', '阜平县', '阜平县人民政府', 'county', 55, 21, '/1/21/55/619/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (620, '130626', '130626', '定兴县', '定兴县人民政府', 'county', 55, 21, '/1/21/55/620/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (621, '130627', '130627', '唐县', '唐县人民政府', 'county', 55, 21, '/1/21/55/621/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (622, '130628', '130628', '高阳县', '高阳县人民政府', 'county', 55, 21, '/1/21/55/622/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (623, '130629', '130629', '容城县', '容城县人民政府', 'county', 55, 21, '/1/21/55/623/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (624, '130630', '130630', '涞源县', '涞源县人民政府', 'county', 55, 21, '/1/21/55/624/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (625, '130631', '130631', '望都县', '望都县人民政府', 'county', 55, 21, '/1/21/55/625/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (626, '130632', '130632', '安新县', '安新县人民政府', 'county', 55, 21, '/1/21/55/626/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (627, '130633', '130633', '易县', '易县人民政府', 'county', 55, 21, '/1/21/55/627/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (628, '130634', '130634', '曲阳县', '曲阳县人民政府', 'county', 55, 21, '/1/21/55/628/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (629, '130635', '130635', '蠡县', '蠡县人民政府', 'county', 55, 21, '/1/21/55/629/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (630, '130636', '130636', '顺平县', '顺平县人民政府', 'county', 55, 21, '/1/21/55/630/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (631, '130637', '130637', '博野县', '博野县人民政府', 'county', 55, 21, '/1/21/55/631/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (632, '130638', '130638', '雄县', '雄县人民政府', 'county', 55, 21, '/1/21/55/632/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (633, '130671', '130671', '保定高新技术产业开发区', '保定高新技术产业开发区人民政府', 'county', 55, 21, '/1/21/55/633/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (634, '130672', '130672', '保定白沟新城', '保定白沟新城人民政府', 'county', 55, 21, '/1/21/55/634/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (635, '130681', '130681', '涿州市', '涿州市人民政府', 'county', 55, 21, '/1/21/55/635/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (636, '130682', '130682', '定州市', '定州市人民政府', 'county', 55, 21, '/1/21/55/636/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (637, '130683', '130683', '安国市', '安国市人民政府', 'county', 55, 21, '/1/21/55/637/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (638, '130684', '130684', '高碑店市', '高碑店市人民政府', 'county', 55, 21, '/1/21/55/638/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (639, '130702', '130702', '桥东区', '桥东区人民政府', 'county', 56, 21, '/1/21/56/639/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (640, '130703', '130703', '桥西区', '桥西区人民政府', 'county', 56, 21, '/1/21/56/640/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (641, '130705', '130705', '宣化区', '宣化区人民政府', 'county', 56, 21, '/1/21/56/641/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (642, '130706', '130706', '下花园区', '下花园区人民政府', 'county', 56, 21, '/1/21/56/642/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (643, '130708', '130708', '万全区', '万全区人民政府', 'county', 56, 21, '/1/21/56/643/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (644, '130709', '130709', '崇礼区', '崇礼区人民政府', 'county', 56, 21, '/1/21/56/644/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (645, '130722', '130722', '张北县', '张北县人民政府', 'county', 56, 21, '/1/21/56/645/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (646, '130723', '130723', '康保县', '康保县人民政府', 'county', 56, 21, '/1/21/56/646/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (647, '130724', '130724', '沽源县', '沽源县人民政府', 'county', 56, 21, '/1/21/56/647/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (648, '130725', '130725', '尚义县', '尚义县人民政府', 'county', 56, 21, '/1/21/56/648/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (649, '130726', '130726', '蔚县', '蔚县人民政府', 'county', 56, 21, '/1/21/56/649/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (650, '130727', '130727', '阳原县', '阳原县人民政府', 'county', 56, 21, '/1/21/56/650/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (651, '130728', '130728', '怀安县', '怀安县人民政府', 'county', 56, 21, '/1/21/56/651/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (652, '130730', '130730', '怀来县', '怀来县人民政府', 'county', 56, 21, '/1/21/56/652/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (653, '130731', '130731', '涿鹿县', '涿鹿县人民政府', 'county', 56, 21, '/1/21/56/653/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (654, '130732', '130732', '赤城县', '赤城县人民政府', 'county', 56, 21, '/1/21/56/654/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (655, '130771', '130771', '张家口经济开发区', '张家口经济开发区人民政府', 'county', 56, 21, '/1/21/56/655/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (656, '130772', '130772', '张家口市察北管理区', '张家口市察北管理区人民政府', 'county', 56, 21, '/1/21/56/656/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (657, '130773', '130773', '张家口市塞北管理区', '张家口市塞北管理区人民政府', 'county', 56, 21, '/1/21/56/657/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (658, '130802', '130802', '双桥区', '双桥区人民政府', 'county', 57, 21, '/1/21/57/658/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (659, '130803', '130803', '双滦区', '双滦区人民政府', 'county', 57, 21, '/1/21/57/659/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (660, '130804', '130804', '鹰手营子矿区', '鹰手营子矿区人民政府', 'county', 57, 21, '/1/21/57/660/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (661, '130821', '130821', '承德县', '承德县人民政府', 'county', 57, 21, '/1/21/57/661/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (662, '130822', '130822', '兴隆县', '兴隆县人民政府', 'county', 57, 21, '/1/21/57/662/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (663, '130824', '130824', '滦平县', '滦平县人民政府', 'county', 57, 21, '/1/21/57/663/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (664, '130825', '130825', '隆化县', '隆化县人民政府', 'county', 57, 21, '/1/21/57/664/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (665, '130826', '130826', '丰宁满族自治县', '丰宁满族自治县人民政府', 'county', 57, 21, '/1/21/57/665/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (666, '130827', '130827', '宽城满族自治县', '宽城满族自治县人民政府', 'county', 57, 21, '/1/21/57/666/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (667, '130828', '130828', '围场满族蒙古族自治县', '围场满族蒙古族自治县人民政府', 'county', 57, 21, '/1/21/57/667/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (668, '130871', '130871', '承德高新技术产业开发区', '承德高新技术产业开发区人民政府', 'county', 57, 21, '/1/21/57/668/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (669, '130881', '130881', '平泉市', '平泉市人民政府', 'county', 57, 21, '/1/21/57/669/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (670, '130902', '130902', '新华区', '新华区人民政府', 'county', 58, 21, '/1/21/58/670/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (671, '130903', '130903', '运河区', '运河区人民政府', 'county', 58, 21, '/1/21/58/671/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (672, '130921', '130921', '沧县', '沧县人民政府', 'county', 58, 21, '/1/21/58/672/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (673, '130922', '130922', '青县', '青县人民政府', 'county', 58, 21, '/1/21/58/673/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (674, '130923', '130923', '东光县', '东光县人民政府', 'county', 58, 21, '/1/21/58/674/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (675, '130924', '130924', '海兴县', '海兴县人民政府', 'county', 58, 21, '/1/21/58/675/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (676, '130925', '130925', '盐山县', '盐山县人民政府', 'county', 58, 21, '/1/21/58/676/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (677, '130926', '130926', '肃宁县', '肃宁县人民政府', 'county', 58, 21, '/1/21/58/677/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (678, '130927', '130927', '南皮县', '南皮县人民政府', 'county', 58, 21, '/1/21/58/678/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (679, '130928', '130928', '吴桥县', '吴桥县人民政府', 'county', 58, 21, '/1/21/58/679/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (680, '130929', '130929', '献县', '献县人民政府', 'county', 58, 21, '/1/21/58/680/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (681, '130930', '130930', '孟村回族自治县', '孟村回族自治县人民政府', 'county', 58, 21, '/1/21/58/681/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (682, '130971', '130971', '河北沧州经济开发区', '河北沧州经济开发区人民政府', 'county', 58, 21, '/1/21/58/682/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (683, '130972', '130972', '沧州高新技术产业开发区', '沧州高新技术产业开发区人民政府', 'county', 58, 21, '/1/21/58/683/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (684, '130973', '130973', '沧州渤海新区', '沧州渤海新区人民政府', 'county', 58, 21, '/1/21/58/684/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (685, '130981', '130981', '泊头市', '泊头市人民政府', 'county', 58, 21, '/1/21/58/685/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (686, '130982', '130982', '任丘市', '任丘市人民政府', 'county', 58, 21, '/1/21/58/686/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (687, '130983', '130983', '黄骅市', '黄骅市人民政府', 'county', 58, 21, '/1/21/58/687/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (688, '130984', '130984', '河间市', '河间市人民政府', 'county', 58, 21, '/1/21/58/688/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (689, '131002', '131002', '安次区', '安次区人民政府', 'county', 59, 21, '/1/21/59/689/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (690, '131003', '131003', '广阳区', '广阳区人民政府', 'county', 59, 21, '/1/21/59/690/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (691, '131022', '131022', '固安县', '固安县人民政府', 'county', 59, 21, '/1/21/59/691/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (692, '131023', '131023', '永清县', '永清县人民政府', 'county', 59, 21, '/1/21/59/692/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (693, '131024', '131024', '香河县', '香河县人民政府', 'county', 59, 21, '/1/21/59/693/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (694, '131025', '131025', '大城县', '大城县人民政府', 'county', 59, 21, '/1/21/59/694/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (695, '131026', '131026', '文安县', '文安县人民政府', 'county', 59, 21, '/1/21/59/695/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (696, '131028', '131028', '大厂回族自治县', '大厂回族自治县人民政府', 'county', 59, 21, '/1/21/59/696/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (697, '131071', '131071', '廊坊经济技术开发区', '廊坊经济技术开发区人民政府', 'county', 59, 21, '/1/21/59/697/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (698, '131081', '131081', '霸州市', '霸州市人民政府', 'county', 59, 21, '/1/21/59/698/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (699, '131082', '131082', '三河市', '三河市人民政府', 'county', 59, 21, '/1/21/59/699/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (700, '131102', '131102', '桃城区', '桃城区人民政府', 'county', 60, 21, '/1/21/60/700/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (701, '131103', '131103', '冀州区', '冀州区人民政府', 'county', 60, 21, '/1/21/60/701/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (702, '131121', '131121', '枣强县', '枣强县人民政府', 'county', 60, 21, '/1/21/60/702/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (703, '131122', '131122', '武邑县', '武邑县人民政府', 'county', 60, 21, '/1/21/60/703/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (704, '131123', '131123', '武强县', '武强县人民政府', 'county', 60, 21, '/1/21/60/704/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (705, '131124', '131124', '饶阳县', '饶阳县人民政府', 'county', 60, 21, '/1/21/60/705/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (706, '131125', '131125', '安平县', '安平县人民政府', 'county', 60, 21, '/1/21/60/706/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (707, '131126', '131126', '故城县', '故城县人民政府', 'county', 60, 21, '/1/21/60/707/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (708, '131127', '131127', '景县', '景县人民政府', 'county', 60, 21, '/1/21/60/708/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (709, '131128', '131128', '阜城县', '阜城县人民政府', 'county', 60, 21, '/1/21/60/709/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (710, '131171', '131171', '河北衡水高新技术产业开发区', '河北衡水高新技术产业开发区人民政府', 'county', 60, 21, '/1/21/60/710/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (711, '131172', '131172', '衡水滨湖新区', '衡水滨湖新区人民政府', 'county', 60, 21, '/1/21/60/711/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (712, '131182', '131182', '深州市', '深州市人民政府', 'county', 60, 21, '/1/21/60/712/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (713, '140105', '140105', '小店区', '小店区人民政府', 'county', 61, 22, '/1/22/61/713/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (714, '140106', '140106', '迎泽区', '迎泽区人民政府', 'county', 61, 22, '/1/22/61/714/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (715, '140107', '140107', '杏花岭区', '杏花岭区人民政府', 'county', 61, 22, '/1/22/61/715/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (716, '140108', '140108', '尖草坪区', '尖草坪区人民政府', 'county', 61, 22, '/1/22/61/716/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (717, '140109', '140109', '万柏林区', '万柏林区人民政府', 'county', 61, 22, '/1/22/61/717/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (718, '140110', '140110', '晋源区', '晋源区人民政府', 'county', 61, 22, '/1/22/61/718/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (719, '140121', '140121', '清徐县', '清徐县人民政府', 'county', 61, 22, '/1/22/61/719/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (720, '140122', '140122', '阳曲县', '阳曲县人民政府', 'county', 61, 22, '/1/22/61/720/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (721, '140123', '140123', '娄烦县', '娄烦县人民政府', 'county', 61, 22, '/1/22/61/721/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (722, '140171', '140171', '山西转型综合改革示范区', '山西转型综合改革示范区人民政府', 'county', 61, 22, '/1/22/61/722/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (723, '140181', '140181', '古交市', '古交市人民政府', 'county', 61, 22, '/1/22/61/723/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (724, '140212', '140212', '新荣区', '新荣区人民政府', 'county', 62, 22, '/1/22/62/724/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (725, '140213', '140213', '平城区', '平城区人民政府', 'county', 62, 22, '/1/22/62/725/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (726, '140214', '140214', '云冈区', '云冈区人民政府', 'county', 62, 22, '/1/22/62/726/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (727, '140215', '140215', '云州区', '云州区人民政府', 'county', 62, 22, '/1/22/62/727/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (728, '140221', '140221', '阳高县', '阳高县人民政府', 'county', 62, 22, '/1/22/62/728/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (729, '140222', '140222', '天镇县', '天镇县人民政府', 'county', 62, 22, '/1/22/62/729/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (730, '140223', '140223', '广灵县', '广灵县人民政府', 'county', 62, 22, '/1/22/62/730/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (731, '140224', '140224', '灵丘县', '灵丘县人民政府', 'county', 62, 22, '/1/22/62/731/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (732, '140225', '140225', '浑源县', '浑源县人民政府', 'county', 62, 22, '/1/22/62/732/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (733, '140226', '140226', '左云县', '左云县人民政府', 'county', 62, 22, '/1/22/62/733/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (734, '140271', '140271', '山西大同经济开发区', '山西大同经济开发区人民政府', 'county', 62, 22, '/1/22/62/734/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (735, '140302', '140302', '城区', '城区人民政府', 'county', 63, 22, '/1/22/63/735/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (736, '140303', '140303', '矿区', '矿区人民政府', 'county', 63, 22, '/1/22/63/736/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (737, '140311', '140311', '郊区', '郊区人民政府', 'county', 63, 22, '/1/22/63/737/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (738, '140321', '140321', '平定县', '平定县人民政府', 'county', 63, 22, '/1/22/63/738/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (739, '140322', '140322', '盂县', '盂县人民政府', 'county', 63, 22, '/1/22/63/739/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (740, '140403', '140403', '潞州区', '潞州区人民政府', 'county', 64, 22, '/1/22/64/740/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (741, '140404', '140404', '上党区', '上党区人民政府', 'county', 64, 22, '/1/22/64/741/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (742, '140405', '140405', '屯留区', '屯留区人民政府', 'county', 64, 22, '/1/22/64/742/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (743, '140406', '140406', '潞城区', '潞城区人民政府', 'county', 64, 22, '/1/22/64/743/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (744, '140423', '140423', '襄垣县', '襄垣县人民政府', 'county', 64, 22, '/1/22/64/744/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (745, '140425', '140425', '平顺县', '平顺县人民政府', 'county', 64, 22, '/1/22/64/745/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (746, '140426', '140426', '黎城县', '黎城县人民政府', 'county', 64, 22, '/1/22/64/746/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (747, '140427', '140427', '壶关县', '壶关县人民政府', 'county', 64, 22, '/1/22/64/747/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (748, '140428', '140428', '长子县', '长子县人民政府', 'county', 64, 22, '/1/22/64/748/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (749, '140429', '140429', '武乡县', '武乡县人民政府', 'county', 64, 22, '/1/22/64/749/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (750, '140430', '140430', '沁县', '沁县人民政府', 'county', 64, 22, '/1/22/64/750/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (751, '140431', '140431', '沁源县', '沁源县人民政府', 'county', 64, 22, '/1/22/64/751/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (752, '140502', '140502', '城区', '城区人民政府', 'county', 65, 22, '/1/22/65/752/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (753, '140521', '140521', '沁水县', '沁水县人民政府', 'county', 65, 22, '/1/22/65/753/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (754, '140522', '140522', '阳城县', '阳城县人民政府', 'county', 65, 22, '/1/22/65/754/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (755, '140524', '140524', '陵川县', '陵川县人民政府', 'county', 65, 22, '/1/22/65/755/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (756, '140525', '140525', '泽州县', '泽州县人民政府', 'county', 65, 22, '/1/22/65/756/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (757, '140581', '140581', '高平市', '高平市人民政府', 'county', 65, 22, '/1/22/65/757/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (758, '140602', '140602', '朔城区', '朔城区人民政府', 'county', 66, 22, '/1/22/66/758/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (759, '140603', '140603', '平鲁区', '平鲁区人民政府', 'county', 66, 22, '/1/22/66/759/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (760, '140621', '140621', '山阴县', '山阴县人民政府', 'county', 66, 22, '/1/22/66/760/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (761, '140622', '140622', '应县', '应县人民政府', 'county', 66, 22, '/1/22/66/761/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (762, '140623', '140623', '右玉县', '右玉县人民政府', 'county', 66, 22, '/1/22/66/762/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (763, '140671', '140671', '山西朔州经济开发区', '山西朔州经济开发区人民政府', 'county', 66, 22, '/1/22/66/763/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (764, '140681', '140681', '怀仁市', '怀仁市人民政府', 'county', 66, 22, '/1/22/66/764/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (765, '140702', '140702', '榆次区', '榆次区人民政府', 'county', 67, 22, '/1/22/67/765/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (766, '140703', '140703', '太谷区', '太谷区人民政府', 'county', 67, 22, '/1/22/67/766/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (767, '140721', '140721', '榆社县', '榆社县人民政府', 'county', 67, 22, '/1/22/67/767/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (768, '140722', '140722', '左权县', '左权县人民政府', 'county', 67, 22, '/1/22/67/768/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (769, '140723', '140723', '和顺县', '和顺县人民政府', 'county', 67, 22, '/1/22/67/769/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (770, '140724', '140724', '昔阳县', '昔阳县人民政府', 'county', 67, 22, '/1/22/67/770/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (771, '140725', '140725', '寿阳县', '寿阳县人民政府', 'county', 67, 22, '/1/22/67/771/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (772, '140727', '140727', '祁县', '祁县人民政府', 'county', 67, 22, '/1/22/67/772/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (773, '140728', '140728', '平遥县', '平遥县人民政府', 'county', 67, 22, '/1/22/67/773/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (774, '140729', '140729', '灵石县', '灵石县人民政府', 'county', 67, 22, '/1/22/67/774/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (775, '140781', '140781', '介休市', '介休市人民政府', 'county', 67, 22, '/1/22/67/775/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (776, '140802', '140802', '盐湖区', '盐湖区人民政府', 'county', 68, 22, '/1/22/68/776/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (777, '140821', '140821', '临猗县', '临猗县人民政府', 'county', 68, 22, '/1/22/68/777/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (778, '140822', '140822', '万荣县', '万荣县人民政府', 'county', 68, 22, '/1/22/68/778/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (779, '140823', '140823', '闻喜县', '闻喜县人民政府', 'county', 68, 22, '/1/22/68/779/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (780, '140824', '140824', '稷山县', '稷山县人民政府', 'county', 68, 22, '/1/22/68/780/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (781, '140825', '140825', '新绛县', '新绛县人民政府', 'county', 68, 22, '/1/22/68/781/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (782, '140826', '140826', '绛县', '绛县人民政府', 'county', 68, 22, '/1/22/68/782/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (783, '140827', '140827', '垣曲县', '垣曲县人民政府', 'county', 68, 22, '/1/22/68/783/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (784, '140828', '140828', '夏县', '夏县人民政府', 'county', 68, 22, '/1/22/68/784/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (785, '140829', '140829', '平陆县', '平陆县人民政府', 'county', 68, 22, '/1/22/68/785/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (786, '140830', '140830', '芮城县', '芮城县人民政府', 'county', 68, 22, '/1/22/68/786/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (787, '140881', '140881', '永济市', '永济市人民政府', 'county', 68, 22, '/1/22/68/787/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (788, '140882', '140882', '河津市', '河津市人民政府', 'county', 68, 22, '/1/22/68/788/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (789, '140902', '140902', '忻府区', '忻府区人民政府', 'county', 69, 22, '/1/22/69/789/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (790, '140921', '140921', '定襄县', '定襄县人民政府', 'county', 69, 22, '/1/22/69/790/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (791, '140922', '140922', '五台县', '五台县人民政府', 'county', 69, 22, '/1/22/69/791/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (792, '140923', '140923', '代县', '代县人民政府', 'county', 69, 22, '/1/22/69/792/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (793, '140924', '140924', '繁峙县', '繁峙县人民政府', 'county', 69, 22, '/1/22/69/793/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (794, '140925', '140925', '宁武县', '宁武县人民政府', 'county', 69, 22, '/1/22/69/794/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (795, '140926', '140926', '静乐县', '静乐县人民政府', 'county', 69, 22, '/1/22/69/795/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (796, '140927', '140927', '神池县', '神池县人民政府', 'county', 69, 22, '/1/22/69/796/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (797, '140928', '140928', '五寨县', '五寨县人民政府', 'county', 69, 22, '/1/22/69/797/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (798, '140929', '140929', '岢岚县', '岢岚县人民政府', 'county', 69, 22, '/1/22/69/798/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (799, '140930', '140930', '河曲县', '河曲县人民政府', 'county', 69, 22, '/1/22/69/799/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (800, '140931', '140931', '保德县', '保德县人民政府', 'county', 69, 22, '/1/22/69/800/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (801, '140932', '140932', '偏关县', '偏关县人民政府', 'county', 69, 22, '/1/22/69/801/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (802, '140971', '140971', '五台山风景名胜区', '五台山风景名胜区人民政府', 'county', 69, 22, '/1/22/69/802/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (803, '140981', '140981', '原平市', '原平市人民政府', 'county', 69, 22, '/1/22/69/803/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (804, '141002', '141002', '尧都区', '尧都区人民政府', 'county', 70, 22, '/1/22/70/804/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (805, '141021', '141021', '曲沃县', '曲沃县人民政府', 'county', 70, 22, '/1/22/70/805/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (806, '141022', '141022', '翼城县', '翼城县人民政府', 'county', 70, 22, '/1/22/70/806/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (807, '141023', '141023', '襄汾县', '襄汾县人民政府', 'county', 70, 22, '/1/22/70/807/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (808, '141024', '141024', '洪洞县', '洪洞县人民政府', 'county', 70, 22, '/1/22/70/808/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (809, '141025', '141025', '古县', '古县人民政府', 'county', 70, 22, '/1/22/70/809/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (810, '141026', '141026', '安泽县', '安泽县人民政府', 'county', 70, 22, '/1/22/70/810/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (811, '141027', '141027', '浮山县', '浮山县人民政府', 'county', 70, 22, '/1/22/70/811/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (812, '141028', '141028', '吉县', '吉县人民政府', 'county', 70, 22, '/1/22/70/812/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (813, '141029', '141029', '乡宁县', '乡宁县人民政府', 'county', 70, 22, '/1/22/70/813/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (814, '141030', '141030', '大宁县', '大宁县人民政府', 'county', 70, 22, '/1/22/70/814/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (815, '141031', '141031', '隰县', '隰县人民政府', 'county', 70, 22, '/1/22/70/815/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (816, '141032', '141032', '永和县', '永和县人民政府', 'county', 70, 22, '/1/22/70/816/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (817, '141033', '141033', '蒲县', '蒲县人民政府', 'county', 70, 22, '/1/22/70/817/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (818, '141034', '141034', '汾西县', '汾西县人民政府', 'county', 70, 22, '/1/22/70/818/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (819, '141081', '141081', '侯马市', '侯马市人民政府', 'county', 70, 22, '/1/22/70/819/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (820, '141082', '141082', '霍州市', '霍州市人民政府', 'county', 70, 22, '/1/22/70/820/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (821, '141102', '141102', '离石区', '离石区人民政府', 'county', 71, 22, '/1/22/71/821/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (822, '141121', '141121', '文水县', '文水县人民政府', 'county', 71, 22, '/1/22/71/822/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (823, '141122', '141122', '交城县', '交城县人民政府', 'county', 71, 22, '/1/22/71/823/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (824, '141123', '141123', '兴县', '兴县人民政府', 'county', 71, 22, '/1/22/71/824/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (825, '141124', '141124', '临县', '临县人民政府', 'county', 71, 22, '/1/22/71/825/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (826, '141125', '141125', '柳林县', '柳林县人民政府', 'county', 71, 22, '/1/22/71/826/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (827, '141126', '141126', '石楼县', '石楼县人民政府', 'county', 71, 22, '/1/22/71/827/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (828, '141127', '141127', '岚县', '岚县人民政府', 'county', 71, 22, '/1/22/71/828/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (829, '141128', '141128', '方山县', '方山县人民政府', 'county', 71, 22, '/1/22/71/829/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (830, '141129', '141129', '中阳县', '中阳县人民政府', 'county', 71, 22, '/1/22/71/830/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (831, '141130', '141130', '交口县', '交口县人民政府', 'county', 71, 22, '/1/22/71/831/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (832, '141181', '141181', '孝义市', '孝义市人民政府', 'county', 71, 22, '/1/22/71/832/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (833, '141182', '141182', '汾阳市', '汾阳市人民政府', 'county', 71, 22, '/1/22/71/833/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (834, '150102', '150102', '新城区', '新城区人民政府', 'county', 72, 23, '/1/23/72/834/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (835, '150103', '150103', '回民区', '回民区人民政府', 'county', 72, 23, '/1/23/72/835/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (836, '150104', '150104', '玉泉区', '玉泉区人民政府', 'county', 72, 23, '/1/23/72/836/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (837, '150105', '150105', '赛罕区', '赛罕区人民政府', 'county', 72, 23, '/1/23/72/837/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (838, '150121', '150121', '土默特左旗', '土默特左旗人民政府', 'county', 72, 23, '/1/23/72/838/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (839, '150122', '150122', '托克托县', '托克托县人民政府', 'county', 72, 23, '/1/23/72/839/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (840, '150123', '150123', '和林格尔县', '和林格尔县人民政府', 'county', 72, 23, '/1/23/72/840/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (841, '150124', '150124', '清水河县', '清水河县人民政府', 'county', 72, 23, '/1/23/72/841/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (842, '150125', '150125', '武川县', '武川县人民政府', 'county', 72, 23, '/1/23/72/842/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (843, '150172', '150172', '呼和浩特经济技术开发区', '呼和浩特经济技术开发区人民政府', 'county', 72, 23, '/1/23/72/843/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (844, '150202', '150202', '东河区', '东河区人民政府', 'county', 73, 23, '/1/23/73/844/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (845, '150203', '150203', '昆都仑区', '昆都仑区人民政府', 'county', 73, 23, '/1/23/73/845/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (846, '150204', '150204', '青山区', '青山区人民政府', 'county', 73, 23, '/1/23/73/846/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (847, '150205', '150205', '石拐区', '石拐区人民政府', 'county', 73, 23, '/1/23/73/847/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (848, '150206', '150206', '白云鄂博矿区', '白云鄂博矿区人民政府', 'county', 73, 23, '/1/23/73/848/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (849, '150207', '150207', '九原区', '九原区人民政府', 'county', 73, 23, '/1/23/73/849/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (850, '150221', '150221', '土默特右旗', '土默特右旗人民政府', 'county', 73, 23, '/1/23/73/850/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (851, '150222', '150222', '固阳县', '固阳县人民政府', 'county', 73, 23, '/1/23/73/851/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (852, '150223', '150223', '达尔罕茂明安联合旗', '达尔罕茂明安联合旗人民政府', 'county', 73, 23, '/1/23/73/852/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (853, '150271', '150271', '包头稀土高新技术产业开发区', '包头稀土高新技术产业开发区人民政府', 'county', 73, 23, '/1/23/73/853/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (854, '150302', '150302', '海勃湾区', '海勃湾区人民政府', 'county', 74, 23, '/1/23/74/854/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (855, '150303', '150303', '海南区', '海南区人民政府', 'county', 74, 23, '/1/23/74/855/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (856, '150304', '150304', '乌达区', '乌达区人民政府', 'county', 74, 23, '/1/23/74/856/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (857, '150402', '150402', '红山区', '红山区人民政府', 'county', 75, 23, '/1/23/75/857/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (858, '150403', '150403', '元宝山区', '元宝山区人民政府', 'county', 75, 23, '/1/23/75/858/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (859, '150404', '150404', '松山区', '松山区人民政府', 'county', 75, 23, '/1/23/75/859/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (860, '150421', '150421', '阿鲁科尔沁旗', '阿鲁科尔沁旗人民政府', 'county', 75, 23, '/1/23/75/860/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (861, '150422', '150422', '巴林左旗', '巴林左旗人民政府', 'county', 75, 23, '/1/23/75/861/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (862, '150423', '150423', '巴林右旗', '巴林右旗人民政府', 'county', 75, 23, '/1/23/75/862/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (863, '150424', '150424', '林西县', '林西县人民政府', 'county', 75, 23, '/1/23/75/863/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (864, '150425', '150425', '克什克腾旗', '克什克腾旗人民政府', 'county', 75, 23, '/1/23/75/864/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (865, '150426', '150426', '翁牛特旗', '翁牛特旗人民政府', 'county', 75, 23, '/1/23/75/865/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (866, '150428', '150428', '喀喇沁旗', '喀喇沁旗人民政府', 'county', 75, 23, '/1/23/75/866/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (867, '150429', '150429', '宁城县', '宁城县人民政府', 'county', 75, 23, '/1/23/75/867/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (868, '150430', '150430', '敖汉旗', '敖汉旗人民政府', 'county', 75, 23, '/1/23/75/868/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (869, '150502', '150502', '科尔沁区', '科尔沁区人民政府', 'county', 76, 23, '/1/23/76/869/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (870, '150521', '150521', '科尔沁左翼中旗', '科尔沁左翼中旗人民政府', 'county', 76, 23, '/1/23/76/870/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (871, '150522', '150522', '科尔沁左翼后旗', '科尔沁左翼后旗人民政府', 'county', 76, 23, '/1/23/76/871/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (872, '150523', '150523', '开鲁县', '开鲁县人民政府', 'county', 76, 23, '/1/23/76/872/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (873, '150524', '150524', '库伦旗', '库伦旗人民政府', 'county', 76, 23, '/1/23/76/873/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (874, '150525', '150525', '奈曼旗', '奈曼旗人民政府', 'county', 76, 23, '/1/23/76/874/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (875, '150526', '150526', '扎鲁特旗', '扎鲁特旗人民政府', 'county', 76, 23, '/1/23/76/875/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (876, '150571', '150571', '通辽经济技术开发区', '通辽经济技术开发区人民政府', 'county', 76, 23, '/1/23/76/876/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (877, '150581', '150581', '霍林郭勒市', '霍林郭勒市人民政府', 'county', 76, 23, '/1/23/76/877/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (878, '150602', '150602', '东胜区', '东胜区人民政府', 'county', 77, 23, '/1/23/77/878/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (879, '150603', '150603', '康巴什区', '康巴什区人民政府', 'county', 77, 23, '/1/23/77/879/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (880, '150621', '150621', '达拉特旗', '达拉特旗人民政府', 'county', 77, 23, '/1/23/77/880/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (881, '150622', '150622', '准格尔旗', '准格尔旗人民政府', 'county', 77, 23, '/1/23/77/881/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (882, '150623', '150623', '鄂托克前旗', '鄂托克前旗人民政府', 'county', 77, 23, '/1/23/77/882/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (883, '150624', '150624', '鄂托克旗', '鄂托克旗人民政府', 'county', 77, 23, '/1/23/77/883/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (884, '150625', '150625', '杭锦旗', '杭锦旗人民政府', 'county', 77, 23, '/1/23/77/884/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (885, '150626', '150626', '乌审旗', '乌审旗人民政府', 'county', 77, 23, '/1/23/77/885/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (886, '150627', '150627', '伊金霍洛旗', '伊金霍洛旗人民政府', 'county', 77, 23, '/1/23/77/886/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (887, '150702', '150702', '海拉尔区', '海拉尔区人民政府', 'county', 78, 23, '/1/23/78/887/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (888, '150703', '150703', '扎赉诺尔区', '扎赉诺尔区人民政府', 'county', 78, 23, '/1/23/78/888/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (889, '150721', '150721', '阿荣旗', '阿荣旗人民政府', 'county', 78, 23, '/1/23/78/889/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (890, '150722', '150722', '莫力达瓦达斡尔族自治旗', '莫力达瓦达斡尔族自治旗人民政府', 'county', 78, 23, '/1/23/78/890/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (891, '150723', '150723', '鄂伦春自治旗', '鄂伦春自治旗人民政府', 'county', 78, 23, '/1/23/78/891/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (892, '150724', '150724', '鄂温克族自治旗', '鄂温克族自治旗人民政府', 'county', 78, 23, '/1/23/78/892/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (893, '150725', '150725', '陈巴尔虎旗', '陈巴尔虎旗人民政府', 'county', 78, 23, '/1/23/78/893/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (894, '150726', '150726', '新巴尔虎左旗', '新巴尔虎左旗人民政府', 'county', 78, 23, '/1/23/78/894/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (895, '150727', '150727', '新巴尔虎右旗', '新巴尔虎右旗人民政府', 'county', 78, 23, '/1/23/78/895/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (896, '150781', '150781', '满洲里市', '满洲里市人民政府', 'county', 78, 23, '/1/23/78/896/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (897, '150782', '150782', '牙克石市', '牙克石市人民政府', 'county', 78, 23, '/1/23/78/897/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (898, '150783', '150783', '扎兰屯市', '扎兰屯市人民政府', 'county', 78, 23, '/1/23/78/898/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (899, '150784', '150784', '额尔古纳市', '额尔古纳市人民政府', 'county', 78, 23, '/1/23/78/899/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (900, '150785', '150785', '根河市', '根河市人民政府', 'county', 78, 23, '/1/23/78/900/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (901, '150802', '150802', '临河区', '临河区人民政府', 'county', 79, 23, '/1/23/79/901/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (902, '150821', '150821', '五原县', '五原县人民政府', 'county', 79, 23, '/1/23/79/902/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (903, '150822', '150822', '磴口县', '磴口县人民政府', 'county', 79, 23, '/1/23/79/903/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (904, '150823', '150823', '乌拉特前旗', '乌拉特前旗人民政府', 'county', 79, 23, '/1/23/79/904/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (905, '150824', '150824', '乌拉特中旗', '乌拉特中旗人民政府', 'county', 79, 23, '/1/23/79/905/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (906, '150825', '150825', '乌拉特后旗', '乌拉特后旗人民政府', 'county', 79, 23, '/1/23/79/906/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (907, '150826', '150826', '杭锦后旗', '杭锦后旗人民政府', 'county', 79, 23, '/1/23/79/907/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (908, '150902', '150902', '集宁区', '集宁区人民政府', 'county', 80, 23, '/1/23/80/908/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (909, '150921', '150921', '卓资县', '卓资县人民政府', 'county', 80, 23, '/1/23/80/909/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (910, '150922', '150922', '化德县', '化德县人民政府', 'county', 80, 23, '/1/23/80/910/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (911, '150923', '150923', '商都县', '商都县人民政府', 'county', 80, 23, '/1/23/80/911/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (912, '150924', '150924', '兴和县', '兴和县人民政府', 'county', 80, 23, '/1/23/80/912/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (913, '150925', '150925', '凉城县', '凉城县人民政府', 'county', 80, 23, '/1/23/80/913/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (914, '150926', '150926', '察哈尔右翼前旗', '察哈尔右翼前旗人民政府', 'county', 80, 23, '/1/23/80/914/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (915, '150927', '150927', '察哈尔右翼中旗', '察哈尔右翼中旗人民政府', 'county', 80, 23, '/1/23/80/915/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (916, '150928', '150928', '察哈尔右翼后旗', '察哈尔右翼后旗人民政府', 'county', 80, 23, '/1/23/80/916/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (917, '150929', '150929', '四子王旗', '四子王旗人民政府', 'county', 80, 23, '/1/23/80/917/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (918, '150981', '150981', '丰镇市', '丰镇市人民政府', 'county', 80, 23, '/1/23/80/918/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (919, '152201', '152201', '乌兰浩特市', '乌兰浩特市人民政府', 'county', 81, 23, '/1/23/81/919/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (920, '152202', '152202', '阿尔山市', '阿尔山市人民政府', 'county', 81, 23, '/1/23/81/920/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (921, '152221', '152221', '科尔沁右翼前旗', '科尔沁右翼前旗人民政府', 'county', 81, 23, '/1/23/81/921/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (922, '152222', '152222', '科尔沁右翼中旗', '科尔沁右翼中旗人民政府', 'county', 81, 23, '/1/23/81/922/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (923, '152223', '152223', '扎赉特旗', '扎赉特旗人民政府', 'county', 81, 23, '/1/23/81/923/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (924, '152224', '152224', '突泉县', '突泉县人民政府', 'county', 81, 23, '/1/23/81/924/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (925, '152501', '152501', '二连浩特市', '二连浩特市人民政府', 'county', 82, 23, '/1/23/82/925/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (926, '152502', '152502', '锡林浩特市', '锡林浩特市人民政府', 'county', 82, 23, '/1/23/82/926/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (927, '152522', '152522', '阿巴嘎旗', '阿巴嘎旗人民政府', 'county', 82, 23, '/1/23/82/927/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (928, '152523', '152523', '苏尼特左旗', '苏尼特左旗人民政府', 'county', 82, 23, '/1/23/82/928/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (929, '152524', '152524', '苏尼特右旗', '苏尼特右旗人民政府', 'county', 82, 23, '/1/23/82/929/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (930, '152525', '152525', '东乌珠穆沁旗', '东乌珠穆沁旗人民政府', 'county', 82, 23, '/1/23/82/930/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (931, '152526', '152526', '西乌珠穆沁旗', '西乌珠穆沁旗人民政府', 'county', 82, 23, '/1/23/82/931/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (932, '152527', '152527', '太仆寺旗', '太仆寺旗人民政府', 'county', 82, 23, '/1/23/82/932/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (933, '152528', '152528', '镶黄旗', '镶黄旗人民政府', 'county', 82, 23, '/1/23/82/933/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (934, '152529', '152529', '正镶白旗', '正镶白旗人民政府', 'county', 82, 23, '/1/23/82/934/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (935, '152530', '152530', '正蓝旗', '正蓝旗人民政府', 'county', 82, 23, '/1/23/82/935/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (936, '152531', '152531', '多伦县', '多伦县人民政府', 'county', 82, 23, '/1/23/82/936/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (937, '152571', '152571', '乌拉盖管理区管委会', '乌拉盖管理区管委会人民政府', 'county', 82, 23, '/1/23/82/937/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (938, '152921', '152921', '阿拉善左旗', '阿拉善左旗人民政府', 'county', 83, 23, '/1/23/83/938/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (939, '152922', '152922', '阿拉善右旗', '阿拉善右旗人民政府', 'county', 83, 23, '/1/23/83/939/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (940, '152923', '152923', '额济纳旗', '额济纳旗人民政府', 'county', 83, 23, '/1/23/83/940/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (941, '152971', '152971', '内蒙古阿拉善高新技术产业开发区', '内蒙古阿拉善高新技术产业开发区人民政府', 'county', 83, 23, '/1/23/83/941/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (942, '210102', '210102', '和平区', '和平区人民政府', 'county', 84, 24, '/1/24/84/942/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (943, '210103', '210103', '沈河区', '沈河区人民政府', 'county', 84, 24, '/1/24/84/943/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (944, '210104', '210104', '大东区', '大东区人民政府', 'county', 84, 24, '/1/24/84/944/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (945, '210105', '210105', '皇姑区', '皇姑区人民政府', 'county', 84, 24, '/1/24/84/945/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (946, '210106', '210106', '铁西区', '铁西区人民政府', 'county', 84, 24, '/1/24/84/946/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (947, '210111', '210111', '苏家屯区', '苏家屯区人民政府', 'county', 84, 24, '/1/24/84/947/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (948, '210112', '210112', '浑南区', '浑南区人民政府', 'county', 84, 24, '/1/24/84/948/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (949, '210113', '210113', '沈北新区', '沈北新区人民政府', 'county', 84, 24, '/1/24/84/949/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (950, '210114', '210114', '于洪区', '于洪区人民政府', 'county', 84, 24, '/1/24/84/950/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (951, '210115', '210115', '辽中区', '辽中区人民政府', 'county', 84, 24, '/1/24/84/951/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (952, '210123', '210123', '康平县', '康平县人民政府', 'county', 84, 24, '/1/24/84/952/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (953, '210124', '210124', '法库县', '法库县人民政府', 'county', 84, 24, '/1/24/84/953/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (954, '210181', '210181', '新民市', '新民市人民政府', 'county', 84, 24, '/1/24/84/954/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (955, '210202', '210202', '中山区', '中山区人民政府', 'county', 85, 24, '/1/24/85/955/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (956, '210203', '210203', '西岗区', '西岗区人民政府', 'county', 85, 24, '/1/24/85/956/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (957, '210204', '210204', '沙河口区', '沙河口区人民政府', 'county', 85, 24, '/1/24/85/957/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (958, '210211', '210211', '甘井子区', '甘井子区人民政府', 'county', 85, 24, '/1/24/85/958/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (959, '210212', '210212', '旅顺口区', '旅顺口区人民政府', 'county', 85, 24, '/1/24/85/959/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (960, '210213', '210213', '金州区', '金州区人民政府', 'county', 85, 24, '/1/24/85/960/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (961, '210214', '210214', '普兰店区', '普兰店区人民政府', 'county', 85, 24, '/1/24/85/961/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (962, '210224', '210224', '长海县', '长海县人民政府', 'county', 85, 24, '/1/24/85/962/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (963, '210281', '210281', '瓦房店市', '瓦房店市人民政府', 'county', 85, 24, '/1/24/85/963/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (964, '210283', '210283', '庄河市', '庄河市人民政府', 'county', 85, 24, '/1/24/85/964/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (965, '210302', '210302', '铁东区', '铁东区人民政府', 'county', 86, 24, '/1/24/86/965/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (966, '210303', '210303', '铁西区', '铁西区人民政府', 'county', 86, 24, '/1/24/86/966/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (967, '210304', '210304', '立山区', '立山区人民政府', 'county', 86, 24, '/1/24/86/967/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (968, '210311', '210311', '千山区', '千山区人民政府', 'county', 86, 24, '/1/24/86/968/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (969, '210321', '210321', '台安县', '台安县人民政府', 'county', 86, 24, '/1/24/86/969/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (970, '210323', '210323', '岫岩满族自治县', '岫岩满族自治县人民政府', 'county', 86, 24, '/1/24/86/970/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (971, '210381', '210381', '海城市', '海城市人民政府', 'county', 86, 24, '/1/24/86/971/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (972, '210402', '210402', '新抚区', '新抚区人民政府', 'county', 87, 24, '/1/24/87/972/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (973, '210403', '210403', '东洲区', '东洲区人民政府', 'county', 87, 24, '/1/24/87/973/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (974, '210404', '210404', '望花区', '望花区人民政府', 'county', 87, 24, '/1/24/87/974/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (975, '210411', '210411', '顺城区', '顺城区人民政府', 'county', 87, 24, '/1/24/87/975/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (976, '210421', '210421', '抚顺县', '抚顺县人民政府', 'county', 87, 24, '/1/24/87/976/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (977, '210422', '210422', '新宾满族自治县', '新宾满族自治县人民政府', 'county', 87, 24, '/1/24/87/977/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (978, '210423', '210423', '清原满族自治县', '清原满族自治县人民政府', 'county', 87, 24, '/1/24/87/978/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (979, '210502', '210502', '平山区', '平山区人民政府', 'county', 88, 24, '/1/24/88/979/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (980, '210503', '210503', '溪湖区', '溪湖区人民政府', 'county', 88, 24, '/1/24/88/980/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (981, '210504', '210504', '明山区', '明山区人民政府', 'county', 88, 24, '/1/24/88/981/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (982, '210505', '210505', '南芬区', '南芬区人民政府', 'county', 88, 24, '/1/24/88/982/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (983, '210521', '210521', '本溪满族自治县', '本溪满族自治县人民政府', 'county', 88, 24, '/1/24/88/983/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (984, '210522', '210522', '桓仁满族自治县', '桓仁满族自治县人民政府', 'county', 88, 24, '/1/24/88/984/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (985, '210602', '210602', '元宝区', '元宝区人民政府', 'county', 89, 24, '/1/24/89/985/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (986, '210603', '210603', '振兴区', '振兴区人民政府', 'county', 89, 24, '/1/24/89/986/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (987, '210604', '210604', '振安区', '振安区人民政府', 'county', 89, 24, '/1/24/89/987/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (988, '210624', '210624', '宽甸满族自治县', '宽甸满族自治县人民政府', 'county', 89, 24, '/1/24/89/988/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (989, '210681', '210681', '东港市', '东港市人民政府', 'county', 89, 24, '/1/24/89/989/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (990, '210682', '210682', '凤城市', '凤城市人民政府', 'county', 89, 24, '/1/24/89/990/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (991, '210702', '210702', '古塔区', '古塔区人民政府', 'county', 90, 24, '/1/24/90/991/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (992, '210703', '210703', '凌河区', '凌河区人民政府', 'county', 90, 24, '/1/24/90/992/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (993, '210711', '210711', '太和区', '太和区人民政府', 'county', 90, 24, '/1/24/90/993/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (994, '210726', '210726', '黑山县', '黑山县人民政府', 'county', 90, 24, '/1/24/90/994/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (995, '210727', '210727', '义县', '义县人民政府', 'county', 90, 24, '/1/24/90/995/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (996, '210781', '210781', '凌海市', '凌海市人民政府', 'county', 90, 24, '/1/24/90/996/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (997, '210782', '210782', '北镇市', '北镇市人民政府', 'county', 90, 24, '/1/24/90/997/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (998, '210802', '210802', '站前区', '站前区人民政府', 'county', 91, 24, '/1/24/91/998/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (999, '210803', '210803', '西市区', '西市区人民政府', 'county', 91, 24, '/1/24/91/999/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1000, '210804', '210804', '鲅鱼圈区', '鲅鱼圈区人民政府', 'county', 91, 24, '/1/24/91/1000/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1001, '210811', '210811', '老边区', '老边区人民政府', 'county', 91, 24, '/1/24/91/1001/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1002, '210881', '210881', '盖州市', '盖州市人民政府', 'county', 91, 24, '/1/24/91/1002/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1003, '210882', '210882', '大石桥市', '大石桥市人民政府', 'county', 91, 24, '/1/24/91/1003/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1004, '210902', '210902', '海州区', '海州区人民政府', 'county', 92, 24, '/1/24/92/1004/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1005, '210903', '210903', '新邱区', '新邱区人民政府', 'county', 92, 24, '/1/24/92/1005/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1006, '210904', '210904', '太平区', '太平区人民政府', 'county', 92, 24, '/1/24/92/1006/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1007, '210905', '210905', '清河门区', '清河门区人民政府', 'county', 92, 24, '/1/24/92/1007/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1008, '210911', '210911', '细河区', '细河区人民政府', 'county', 92, 24, '/1/24/92/1008/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1009, '210921', '210921', '阜新蒙古族自治县', '阜新蒙古族自治县人民政府', 'county', 92, 24, '/1/24/92/1009/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1010, '210922', '210922', '彰武县', '彰武县人民政府', 'county', 92, 24, '/1/24/92/1010/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1011, '211002', '211002', '白塔区', '白塔区人民政府', 'county', 93, 24, '/1/24/93/1011/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1012, '211003', '211003', '文圣区', '文圣区人民政府', 'county', 93, 24, '/1/24/93/1012/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1013, '211004', '211004', '宏伟区', '宏伟区人民政府', 'county', 93, 24, '/1/24/93/1013/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1014, '211005', '211005', '弓长岭区', '弓长岭区人民政府', 'county', 93, 24, '/1/24/93/1014/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1015, '211011', '211011', '太子河区', '太子河区人民政府', 'county', 93, 24, '/1/24/93/1015/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1016, '211021', '211021', '辽阳县', '辽阳县人民政府', 'county', 93, 24, '/1/24/93/1016/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1017, '211081', '211081', '灯塔市', '灯塔市人民政府', 'county', 93, 24, '/1/24/93/1017/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1018, '211102', '211102', '双台子区', '双台子区人民政府', 'county', 94, 24, '/1/24/94/1018/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1019, '211103', '211103', '兴隆台区', '兴隆台区人民政府', 'county', 94, 24, '/1/24/94/1019/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1020, '211104', '211104', '大洼区', '大洼区人民政府', 'county', 94, 24, '/1/24/94/1020/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1021, '211122', '211122', '盘山县', '盘山县人民政府', 'county', 94, 24, '/1/24/94/1021/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1022, '211202', '211202', '银州区', '银州区人民政府', 'county', 95, 24, '/1/24/95/1022/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1023, '211204', '211204', '清河区', '清河区人民政府', 'county', 95, 24, '/1/24/95/1023/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1024, '211221', '211221', '铁岭县', '铁岭县人民政府', 'county', 95, 24, '/1/24/95/1024/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1025, '211223', '211223', '西丰县', '西丰县人民政府', 'county', 95, 24, '/1/24/95/1025/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1026, '211224', '211224', '昌图县', '昌图县人民政府', 'county', 95, 24, '/1/24/95/1026/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1027, '211281', '211281', '调兵山市', '调兵山市人民政府', 'county', 95, 24, '/1/24/95/1027/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1028, '211282', '211282', '开原市', '开原市人民政府', 'county', 95, 24, '/1/24/95/1028/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1029, '211302', '211302', '双塔区', '双塔区人民政府', 'county', 96, 24, '/1/24/96/1029/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1030, '211303', '211303', '龙城区', '龙城区人民政府', 'county', 96, 24, '/1/24/96/1030/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1031, '211321', '211321', '朝阳县', '朝阳县人民政府', 'county', 96, 24, '/1/24/96/1031/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1032, '211322', '211322', '建平县', '建平县人民政府', 'county', 96, 24, '/1/24/96/1032/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1033, '211324', '211324', '喀喇沁左翼蒙古族自治县', '喀喇沁左翼蒙古族自治县人民政府', 'county', 96, 24, '/1/24/96/1033/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1034, '211381', '211381', '北票市', '北票市人民政府', 'county', 96, 24, '/1/24/96/1034/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1035, '211382', '211382', '凌源市', '凌源市人民政府', 'county', 96, 24, '/1/24/96/1035/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1036, '211402', '211402', '连山区', '连山区人民政府', 'county', 97, 24, '/1/24/97/1036/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1037, '211403', '211403', '龙港区', '龙港区人民政府', 'county', 97, 24, '/1/24/97/1037/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1038, '211404', '211404', '南票区', '南票区人民政府', 'county', 97, 24, '/1/24/97/1038/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1039, '211421', '211421', '绥中县', '绥中县人民政府', 'county', 97, 24, '/1/24/97/1039/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1040, '211422', '211422', '建昌县', '建昌县人民政府', 'county', 97, 24, '/1/24/97/1040/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1041, '211481', '211481', '兴城市', '兴城市人民政府', 'county', 97, 24, '/1/24/97/1041/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1042, '220102', '220102', '南关区', '南关区人民政府', 'county', 98, 25, '/1/25/98/1042/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1043, '220103', '220103', '宽城区', '宽城区人民政府', 'county', 98, 25, '/1/25/98/1043/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1044, '220104', '220104', '朝阳区', '朝阳区人民政府', 'county', 98, 25, '/1/25/98/1044/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1045, '220105', '220105', '二道区', '二道区人民政府', 'county', 98, 25, '/1/25/98/1045/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1046, '220106', '220106', '绿园区', '绿园区人民政府', 'county', 98, 25, '/1/25/98/1046/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1047, '220112', '220112', '双阳区', '双阳区人民政府', 'county', 98, 25, '/1/25/98/1047/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1048, '220113', '220113', '九台区', '九台区人民政府', 'county', 98, 25, '/1/25/98/1048/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1049, '220122', '220122', '农安县', '农安县人民政府', 'county', 98, 25, '/1/25/98/1049/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1050, '220171', '220171', '长春经济技术开发区', '长春经济技术开发区人民政府', 'county', 98, 25, '/1/25/98/1050/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1051, '220172', '220172', '长春净月高新技术产业开发区', '长春净月高新技术产业开发区人民政府', 'county', 98, 25, '/1/25/98/1051/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1052, '220173', '220173', '长春高新技术产业开发区', '长春高新技术产业开发区人民政府', 'county', 98, 25, '/1/25/98/1052/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1053, '220174', '220174', '长春汽车经济技术开发区', '长春汽车经济技术开发区人民政府', 'county', 98, 25, '/1/25/98/1053/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1054, '220182', '220182', '榆树市', '榆树市人民政府', 'county', 98, 25, '/1/25/98/1054/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1055, '220183', '220183', '德惠市', '德惠市人民政府', 'county', 98, 25, '/1/25/98/1055/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1056, '220184', '220184', '公主岭市', '公主岭市人民政府', 'county', 98, 25, '/1/25/98/1056/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1057, '220202', '220202', '昌邑区', '昌邑区人民政府', 'county', 99, 25, '/1/25/99/1057/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1058, '220203', '220203', '龙潭区', '龙潭区人民政府', 'county', 99, 25, '/1/25/99/1058/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1059, '220204', '220204', '船营区', '船营区人民政府', 'county', 99, 25, '/1/25/99/1059/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1060, '220211', '220211', '丰满区', '丰满区人民政府', 'county', 99, 25, '/1/25/99/1060/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1061, '220221', '220221', '永吉县', '永吉县人民政府', 'county', 99, 25, '/1/25/99/1061/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1062, '220271', '220271', '吉林经济开发区', '吉林经济开发区人民政府', 'county', 99, 25, '/1/25/99/1062/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1063, '220272', '220272', '吉林高新技术产业开发区', '吉林高新技术产业开发区人民政府', 'county', 99, 25, '/1/25/99/1063/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1064, '220273', '220273', '吉林中国新加坡食品区', '吉林中国新加坡食品区人民政府', 'county', 99, 25, '/1/25/99/1064/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1065, '220281', '220281', '蛟河市', '蛟河市人民政府', 'county', 99, 25, '/1/25/99/1065/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1066, '220282', '220282', '桦甸市', '桦甸市人民政府', 'county', 99, 25, '/1/25/99/1066/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1067, '220283', '220283', '舒兰市', '舒兰市人民政府', 'county', 99, 25, '/1/25/99/1067/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1068, '220284', '220284', '磐石市', '磐石市人民政府', 'county', 99, 25, '/1/25/99/1068/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1069, '220302', '220302', '铁西区', '铁西区人民政府', 'county', 100, 25, '/1/25/100/1069/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1070, '220303', '220303', '铁东区', '铁东区人民政府', 'county', 100, 25, '/1/25/100/1070/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1071, '220322', '220322', '梨树县', '梨树县人民政府', 'county', 100, 25, '/1/25/100/1071/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1072, '220323', '220323', '伊通满族自治县', '伊通满族自治县人民政府', 'county', 100, 25, '/1/25/100/1072/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1073, '220382', '220382', '双辽市', '双辽市人民政府', 'county', 100, 25, '/1/25/100/1073/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1074, '220402', '220402', '龙山区', '龙山区人民政府', 'county', 101, 25, '/1/25/101/1074/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1075, '220403', '220403', '西安区', '西安区人民政府', 'county', 101, 25, '/1/25/101/1075/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1076, '220421', '220421', '东丰县', '东丰县人民政府', 'county', 101, 25, '/1/25/101/1076/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1077, '220422', '220422', '东辽县', '东辽县人民政府', 'county', 101, 25, '/1/25/101/1077/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1078, '220502', '220502', '东昌区', '东昌区人民政府', 'county', 102, 25, '/1/25/102/1078/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1079, '220503', '220503', '二道江区', '二道江区人民政府', 'county', 102, 25, '/1/25/102/1079/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1080, '220521', '220521', '通化县', '通化县人民政府', 'county', 102, 25, '/1/25/102/1080/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1081, '220523', '220523', '辉南县', '辉南县人民政府', 'county', 102, 25, '/1/25/102/1081/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1082, '220524', '220524', '柳河县', '柳河县人民政府', 'county', 102, 25, '/1/25/102/1082/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1083, '220581', '220581', '梅河口市', '梅河口市人民政府', 'county', 102, 25, '/1/25/102/1083/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1084, '220582', '220582', '集安市', '集安市人民政府', 'county', 102, 25, '/1/25/102/1084/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1085, '220602', '220602', '浑江区', '浑江区人民政府', 'county', 103, 25, '/1/25/103/1085/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1086, '220605', '220605', '江源区', '江源区人民政府', 'county', 103, 25, '/1/25/103/1086/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1087, '220621', '220621', '抚松县', '抚松县人民政府', 'county', 103, 25, '/1/25/103/1087/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1088, '220622', '220622', '靖宇县', '靖宇县人民政府', 'county', 103, 25, '/1/25/103/1088/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1089, '220623', '220623', '长白朝鲜族自治县', '长白朝鲜族自治县人民政府', 'county', 103, 25, '/1/25/103/1089/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1090, '220681', '220681', '临江市', '临江市人民政府', 'county', 103, 25, '/1/25/103/1090/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1091, '220702', '220702', '宁江区', '宁江区人民政府', 'county', 104, 25, '/1/25/104/1091/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1092, '220721', '220721', '前郭尔罗斯蒙古族自治县', '前郭尔罗斯蒙古族自治县人民政府', 'county', 104, 25, '/1/25/104/1092/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1093, '220722', '220722', '长岭县', '长岭县人民政府', 'county', 104, 25, '/1/25/104/1093/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1094, '220723', '220723', '乾安县', '乾安县人民政府', 'county', 104, 25, '/1/25/104/1094/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1095, '220771', '220771', '吉林松原经济开发区', '吉林松原经济开发区人民政府', 'county', 104, 25, '/1/25/104/1095/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1096, '220781', '220781', '扶余市', '扶余市人民政府', 'county', 104, 25, '/1/25/104/1096/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1097, '220802', '220802', '洮北区', '洮北区人民政府', 'county', 105, 25, '/1/25/105/1097/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1098, '220821', '220821', '镇赉县', '镇赉县人民政府', 'county', 105, 25, '/1/25/105/1098/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1099, '220822', '220822', '通榆县', '通榆县人民政府', 'county', 105, 25, '/1/25/105/1099/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1100, '220871', '220871', '吉林白城经济开发区', '吉林白城经济开发区人民政府', 'county', 105, 25, '/1/25/105/1100/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1101, '220881', '220881', '洮南市', '洮南市人民政府', 'county', 105, 25, '/1/25/105/1101/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1102, '220882', '220882', '大安市', '大安市人民政府', 'county', 105, 25, '/1/25/105/1102/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1103, '222401', '222401', '延吉市', '延吉市人民政府', 'county', 106, 25, '/1/25/106/1103/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1104, '222402', '222402', '图们市', '图们市人民政府', 'county', 106, 25, '/1/25/106/1104/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1105, '222403', '222403', '敦化市', '敦化市人民政府', 'county', 106, 25, '/1/25/106/1105/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1106, '222404', '222404', '珲春市', '珲春市人民政府', 'county', 106, 25, '/1/25/106/1106/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1107, '222405', '222405', '龙井市', '龙井市人民政府', 'county', 106, 25, '/1/25/106/1107/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1108, '222406', '222406', '和龙市', '和龙市人民政府', 'county', 106, 25, '/1/25/106/1108/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1109, '222424', '222424', '汪清县', '汪清县人民政府', 'county', 106, 25, '/1/25/106/1109/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1110, '222426', '222426', '安图县', '安图县人民政府', 'county', 106, 25, '/1/25/106/1110/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1111, '230102', '230102', '道里区', '道里区人民政府', 'county', 107, 26, '/1/26/107/1111/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1112, '230103', '230103', '南岗区', '南岗区人民政府', 'county', 107, 26, '/1/26/107/1112/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1113, '230104', '230104', '道外区', '道外区人民政府', 'county', 107, 26, '/1/26/107/1113/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1114, '230108', '230108', '平房区', '平房区人民政府', 'county', 107, 26, '/1/26/107/1114/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1115, '230109', '230109', '松北区', '松北区人民政府', 'county', 107, 26, '/1/26/107/1115/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1116, '230110', '230110', '香坊区', '香坊区人民政府', 'county', 107, 26, '/1/26/107/1116/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1117, '230111', '230111', '呼兰区', '呼兰区人民政府', 'county', 107, 26, '/1/26/107/1117/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1118, '230112', '230112', '阿城区', '阿城区人民政府', 'county', 107, 26, '/1/26/107/1118/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1119, '230113', '230113', '双城区', '双城区人民政府', 'county', 107, 26, '/1/26/107/1119/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1120, '230123', '230123', '依兰县', '依兰县人民政府', 'county', 107, 26, '/1/26/107/1120/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1121, '230124', '230124', '方正县', '方正县人民政府', 'county', 107, 26, '/1/26/107/1121/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1122, '230125', '230125', '宾县', '宾县人民政府', 'county', 107, 26, '/1/26/107/1122/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1123, '230126', '230126', '巴彦县', '巴彦县人民政府', 'county', 107, 26, '/1/26/107/1123/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1124, '230127', '230127', '木兰县', '木兰县人民政府', 'county', 107, 26, '/1/26/107/1124/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1125, '230128', '230128', '通河县', '通河县人民政府', 'county', 107, 26, '/1/26/107/1125/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1126, '230129', '230129', '延寿县', '延寿县人民政府', 'county', 107, 26, '/1/26/107/1126/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1127, '230183', '230183', '尚志市', '尚志市人民政府', 'county', 107, 26, '/1/26/107/1127/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1128, '230184', '230184', '五常市', '五常市人民政府', 'county', 107, 26, '/1/26/107/1128/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1129, '230202', '230202', '龙沙区', '龙沙区人民政府', 'county', 108, 26, '/1/26/108/1129/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1130, '230203', '230203', '建华区', '建华区人民政府', 'county', 108, 26, '/1/26/108/1130/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1131, '230204', '230204', '铁锋区', '铁锋区人民政府', 'county', 108, 26, '/1/26/108/1131/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1132, '230205', '230205', '昂昂溪区', '昂昂溪区人民政府', 'county', 108, 26, '/1/26/108/1132/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1133, '230206', '230206', '富拉尔基区', '富拉尔基区人民政府', 'county', 108, 26, '/1/26/108/1133/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1134, '230207', '230207', '碾子山区', '碾子山区人民政府', 'county', 108, 26, '/1/26/108/1134/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1135, '230208', '230208', '梅里斯达斡尔族区', '梅里斯达斡尔族区人民政府', 'county', 108, 26, '/1/26/108/1135/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1136, '230221', '230221', '龙江县', '龙江县人民政府', 'county', 108, 26, '/1/26/108/1136/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1137, '230223', '230223', '依安县', '依安县人民政府', 'county', 108, 26, '/1/26/108/1137/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1138, '230224', '230224', '泰来县', '泰来县人民政府', 'county', 108, 26, '/1/26/108/1138/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1139, '230225', '230225', '甘南县', '甘南县人民政府', 'county', 108, 26, '/1/26/108/1139/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1140, '230227', '230227', '富裕县', '富裕县人民政府', 'county', 108, 26, '/1/26/108/1140/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1141, '230229', '230229', '克山县', '克山县人民政府', 'county', 108, 26, '/1/26/108/1141/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1142, '230230', '230230', '克东县', '克东县人民政府', 'county', 108, 26, '/1/26/108/1142/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1143, '230231', '230231', '拜泉县', '拜泉县人民政府', 'county', 108, 26, '/1/26/108/1143/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1144, '230281', '230281', '讷河市', '讷河市人民政府', 'county', 108, 26, '/1/26/108/1144/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1145, '230302', '230302', '鸡冠区', '鸡冠区人民政府', 'county', 109, 26, '/1/26/109/1145/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1146, '230303', '230303', '恒山区', '恒山区人民政府', 'county', 109, 26, '/1/26/109/1146/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1147, '230304', '230304', '滴道区', '滴道区人民政府', 'county', 109, 26, '/1/26/109/1147/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1148, '230305', '230305', '梨树区', '梨树区人民政府', 'county', 109, 26, '/1/26/109/1148/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1149, '230306', '230306', '城子河区', '城子河区人民政府', 'county', 109, 26, '/1/26/109/1149/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1150, '230307', '230307', '麻山区', '麻山区人民政府', 'county', 109, 26, '/1/26/109/1150/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1151, '230321', '230321', '鸡东县', '鸡东县人民政府', 'county', 109, 26, '/1/26/109/1151/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1152, '230381', '230381', '虎林市', '虎林市人民政府', 'county', 109, 26, '/1/26/109/1152/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1153, '230382', '230382', '密山市', '密山市人民政府', 'county', 109, 26, '/1/26/109/1153/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1154, '230402', '230402', '向阳区', '向阳区人民政府', 'county', 110, 26, '/1/26/110/1154/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1155, '230403', '230403', '工农区', '工农区人民政府', 'county', 110, 26, '/1/26/110/1155/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1156, '230404', '230404', '南山区', '南山区人民政府', 'county', 110, 26, '/1/26/110/1156/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1157, '230405', '230405', '兴安区', '兴安区人民政府', 'county', 110, 26, '/1/26/110/1157/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1158, '230406', '230406', '东山区', '东山区人民政府', 'county', 110, 26, '/1/26/110/1158/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1159, '230407', '230407', '兴山区', '兴山区人民政府', 'county', 110, 26, '/1/26/110/1159/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1160, '230421', '230421', '萝北县', '萝北县人民政府', 'county', 110, 26, '/1/26/110/1160/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1161, '230422', '230422', '绥滨县', '绥滨县人民政府', 'county', 110, 26, '/1/26/110/1161/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1162, '230502', '230502', '尖山区', '尖山区人民政府', 'county', 111, 26, '/1/26/111/1162/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1163, '230503', '230503', '岭东区', '岭东区人民政府', 'county', 111, 26, '/1/26/111/1163/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1164, '230505', '230505', '四方台区', '四方台区人民政府', 'county', 111, 26, '/1/26/111/1164/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1165, '230506', '230506', '宝山区', '宝山区人民政府', 'county', 111, 26, '/1/26/111/1165/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1166, '230521', '230521', '集贤县', '集贤县人民政府', 'county', 111, 26, '/1/26/111/1166/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1167, '230522', '230522', '友谊县', '友谊县人民政府', 'county', 111, 26, '/1/26/111/1167/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1168, '230523', '230523', '宝清县', '宝清县人民政府', 'county', 111, 26, '/1/26/111/1168/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1169, '230524', '230524', '饶河县', '饶河县人民政府', 'county', 111, 26, '/1/26/111/1169/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1170, '230602', '230602', '萨尔图区', '萨尔图区人民政府', 'county', 112, 26, '/1/26/112/1170/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1171, '230603', '230603', '龙凤区', '龙凤区人民政府', 'county', 112, 26, '/1/26/112/1171/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1172, '230604', '230604', '让胡路区', '让胡路区人民政府', 'county', 112, 26, '/1/26/112/1172/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1173, '230605', '230605', '红岗区', '红岗区人民政府', 'county', 112, 26, '/1/26/112/1173/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1174, '230606', '230606', '大同区', '大同区人民政府', 'county', 112, 26, '/1/26/112/1174/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1175, '230621', '230621', '肇州县', '肇州县人民政府', 'county', 112, 26, '/1/26/112/1175/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1176, '230622', '230622', '肇源县', '肇源县人民政府', 'county', 112, 26, '/1/26/112/1176/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1177, '230623', '230623', '林甸县', '林甸县人民政府', 'county', 112, 26, '/1/26/112/1177/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1178, '230624', '230624', '杜尔伯特蒙古族自治县', '杜尔伯特蒙古族自治县人民政府', 'county', 112, 26, '/1/26/112/1178/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1179, '230671', '230671', '大庆高新技术产业开发区', '大庆高新技术产业开发区人民政府', 'county', 112, 26, '/1/26/112/1179/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1180, '230717', '230717', '伊美区', '伊美区人民政府', 'county', 113, 26, '/1/26/113/1180/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1181, '230718', '230718', '乌翠区', '乌翠区人民政府', 'county', 113, 26, '/1/26/113/1181/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1182, '230719', '230719', '友好区', '友好区人民政府', 'county', 113, 26, '/1/26/113/1182/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1183, '230722', '230722', '嘉荫县', '嘉荫县人民政府', 'county', 113, 26, '/1/26/113/1183/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1184, '230723', '230723', '汤旺县', '汤旺县人民政府', 'county', 113, 26, '/1/26/113/1184/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1185, '230724', '230724', '丰林县', '丰林县人民政府', 'county', 113, 26, '/1/26/113/1185/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1186, '230725', '230725', '大箐山县', '大箐山县人民政府', 'county', 113, 26, '/1/26/113/1186/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1187, '230726', '230726', '南岔县', '南岔县人民政府', 'county', 113, 26, '/1/26/113/1187/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1188, '230751', '230751', '金林区', '金林区人民政府', 'county', 113, 26, '/1/26/113/1188/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1189, '230781', '230781', '铁力市', '铁力市人民政府', 'county', 113, 26, '/1/26/113/1189/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1190, '230803', '230803', '向阳区', '向阳区人民政府', 'county', 114, 26, '/1/26/114/1190/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1191, '230804', '230804', '前进区', '前进区人民政府', 'county', 114, 26, '/1/26/114/1191/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1192, '230805', '230805', '东风区', '东风区人民政府', 'county', 114, 26, '/1/26/114/1192/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1193, '230811', '230811', '郊区', '郊区人民政府', 'county', 114, 26, '/1/26/114/1193/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1194, '230822', '230822', '桦南县', '桦南县人民政府', 'county', 114, 26, '/1/26/114/1194/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1195, '230826', '230826', '桦川县', '桦川县人民政府', 'county', 114, 26, '/1/26/114/1195/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1196, '230828', '230828', '汤原县', '汤原县人民政府', 'county', 114, 26, '/1/26/114/1196/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1197, '230881', '230881', '同江市', '同江市人民政府', 'county', 114, 26, '/1/26/114/1197/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1198, '230882', '230882', '富锦市', '富锦市人民政府', 'county', 114, 26, '/1/26/114/1198/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1199, '230883', '230883', '抚远市', '抚远市人民政府', 'county', 114, 26, '/1/26/114/1199/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1200, '230902', '230902', '新兴区', '新兴区人民政府', 'county', 115, 26, '/1/26/115/1200/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1201, '230903', '230903', '桃山区', '桃山区人民政府', 'county', 115, 26, '/1/26/115/1201/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1202, '230904', '230904', '茄子河区', '茄子河区人民政府', 'county', 115, 26, '/1/26/115/1202/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1203, '230921', '230921', '勃利县', '勃利县人民政府', 'county', 115, 26, '/1/26/115/1203/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1204, '231002', '231002', '东安区', '东安区人民政府', 'county', 116, 26, '/1/26/116/1204/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1205, '231003', '231003', '阳明区', '阳明区人民政府', 'county', 116, 26, '/1/26/116/1205/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1206, '231004', '231004', '爱民区', '爱民区人民政府', 'county', 116, 26, '/1/26/116/1206/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1207, '231005', '231005', '西安区', '西安区人民政府', 'county', 116, 26, '/1/26/116/1207/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1208, '231025', '231025', '林口县', '林口县人民政府', 'county', 116, 26, '/1/26/116/1208/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1209, '231081', '231081', '绥芬河市', '绥芬河市人民政府', 'county', 116, 26, '/1/26/116/1209/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1210, '231083', '231083', '海林市', '海林市人民政府', 'county', 116, 26, '/1/26/116/1210/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1211, '231084', '231084', '宁安市', '宁安市人民政府', 'county', 116, 26, '/1/26/116/1211/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1212, '231085', '231085', '穆棱市', '穆棱市人民政府', 'county', 116, 26, '/1/26/116/1212/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1213, '231086', '231086', '东宁市', '东宁市人民政府', 'county', 116, 26, '/1/26/116/1213/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1214, '231102', '231102', '爱辉区', '爱辉区人民政府', 'county', 117, 26, '/1/26/117/1214/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1215, '231123', '231123', '逊克县', '逊克县人民政府', 'county', 117, 26, '/1/26/117/1215/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1216, '231124', '231124', '孙吴县', '孙吴县人民政府', 'county', 117, 26, '/1/26/117/1216/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1217, '231181', '231181', '北安市', '北安市人民政府', 'county', 117, 26, '/1/26/117/1217/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1218, '231182', '231182', '五大连池市', '五大连池市人民政府', 'county', 117, 26, '/1/26/117/1218/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1219, '231183', '231183', '嫩江市', '嫩江市人民政府', 'county', 117, 26, '/1/26/117/1219/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1220, '231202', '231202', '北林区', '北林区人民政府', 'county', 118, 26, '/1/26/118/1220/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1221, '231221', '231221', '望奎县', '望奎县人民政府', 'county', 118, 26, '/1/26/118/1221/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1222, '231222', '231222', '兰西县', '兰西县人民政府', 'county', 118, 26, '/1/26/118/1222/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1223, '231223', '231223', '青冈县', '青冈县人民政府', 'county', 118, 26, '/1/26/118/1223/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1224, '231224', '231224', '庆安县', '庆安县人民政府', 'county', 118, 26, '/1/26/118/1224/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1225, '231225', '231225', '明水县', '明水县人民政府', 'county', 118, 26, '/1/26/118/1225/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1226, '231226', '231226', '绥棱县', '绥棱县人民政府', 'county', 118, 26, '/1/26/118/1226/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1227, '231281', '231281', '安达市', '安达市人民政府', 'county', 118, 26, '/1/26/118/1227/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1228, '231282', '231282', '肇东市', '肇东市人民政府', 'county', 118, 26, '/1/26/118/1228/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1229, '231283', '231283', '海伦市', '海伦市人民政府', 'county', 118, 26, '/1/26/118/1229/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1230, '232701', '232701', '漠河市', '漠河市人民政府', 'county', 119, 26, '/1/26/119/1230/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1231, '232721', '232721', '呼玛县', '呼玛县人民政府', 'county', 119, 26, '/1/26/119/1231/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1232, '232722', '232722', '塔河县', '塔河县人民政府', 'county', 119, 26, '/1/26/119/1232/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1233, '232761', '232761', '加格达奇区', '加格达奇区人民政府', 'county', 119, 26, '/1/26/119/1233/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1234, '232762', '232762', '松岭区', '松岭区人民政府', 'county', 119, 26, '/1/26/119/1234/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1235, '232763', '232763', '新林区', '新林区人民政府', 'county', 119, 26, '/1/26/119/1235/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1236, '232764', '232764', '呼中区', '呼中区人民政府', 'county', 119, 26, '/1/26/119/1236/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1237, '320102', '320102', '玄武区', '玄武区人民政府', 'county', 120, 28, '/1/28/120/1237/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1238, '320104', '320104', '秦淮区', '秦淮区人民政府', 'county', 120, 28, '/1/28/120/1238/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1239, '320105', '320105', '建邺区', '建邺区人民政府', 'county', 120, 28, '/1/28/120/1239/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1240, '320106', '320106', '鼓楼区', '鼓楼区人民政府', 'county', 120, 28, '/1/28/120/1240/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1241, '320111', '320111', '浦口区', '浦口区人民政府', 'county', 120, 28, '/1/28/120/1241/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1242, '320113', '320113', '栖霞区', '栖霞区人民政府', 'county', 120, 28, '/1/28/120/1242/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1243, '320114', '320114', '雨花台区', '雨花台区人民政府', 'county', 120, 28, '/1/28/120/1243/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1244, '320115', '320115', '江宁区', '江宁区人民政府', 'county', 120, 28, '/1/28/120/1244/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1245, '320116', '320116', '六合区', '六合区人民政府', 'county', 120, 28, '/1/28/120/1245/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1246, '320117', '320117', '溧水区', '溧水区人民政府', 'county', 120, 28, '/1/28/120/1246/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1247, '320118', '320118', '高淳区', '高淳区人民政府', 'county', 120, 28, '/1/28/120/1247/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1248, '320205', '320205', '锡山区', '锡山区人民政府', 'county', 121, 28, '/1/28/121/1248/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1249, '320206', '320206', '惠山区', '惠山区人民政府', 'county', 121, 28, '/1/28/121/1249/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1250, '320211', '320211', '滨湖区', '滨湖区人民政府', 'county', 121, 28, '/1/28/121/1250/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1251, '320213', '320213', '梁溪区', '梁溪区人民政府', 'county', 121, 28, '/1/28/121/1251/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1252, '320214', '320214', '新吴区', '新吴区人民政府', 'county', 121, 28, '/1/28/121/1252/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1253, '320281', '320281', '江阴市', '江阴市人民政府', 'county', 121, 28, '/1/28/121/1253/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1254, '320282', '320282', '宜兴市', '宜兴市人民政府', 'county', 121, 28, '/1/28/121/1254/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1255, '320302', '320302', '鼓楼区', '鼓楼区人民政府', 'county', 122, 28, '/1/28/122/1255/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1256, '320303', '320303', '云龙区', '云龙区人民政府', 'county', 122, 28, '/1/28/122/1256/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1257, '320305', '320305', '贾汪区', '贾汪区人民政府', 'county', 122, 28, '/1/28/122/1257/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1258, '320311', '320311', '泉山区', '泉山区人民政府', 'county', 122, 28, '/1/28/122/1258/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1259, '320312', '320312', '铜山区', '铜山区人民政府', 'county', 122, 28, '/1/28/122/1259/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1260, '320321', '320321', '丰县', '丰县人民政府', 'county', 122, 28, '/1/28/122/1260/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1261, '320322', '320322', '沛县', '沛县人民政府', 'county', 122, 28, '/1/28/122/1261/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1262, '320324', '320324', '睢宁县', '睢宁县人民政府', 'county', 122, 28, '/1/28/122/1262/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1263, '320371', '320371', '徐州经济技术开发区', '徐州经济技术开发区人民政府', 'county', 122, 28, '/1/28/122/1263/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1264, '320381', '320381', '新沂市', '新沂市人民政府', 'county', 122, 28, '/1/28/122/1264/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1265, '320382', '320382', '邳州市', '邳州市人民政府', 'county', 122, 28, '/1/28/122/1265/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1266, '320402', '320402', '天宁区', '天宁区人民政府', 'county', 123, 28, '/1/28/123/1266/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1267, '320404', '320404', '钟楼区', '钟楼区人民政府', 'county', 123, 28, '/1/28/123/1267/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1268, '320411', '320411', '新北区', '新北区人民政府', 'county', 123, 28, '/1/28/123/1268/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1269, '320412', '320412', '武进区', '武进区人民政府', 'county', 123, 28, '/1/28/123/1269/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1270, '320413', '320413', '金坛区', '金坛区人民政府', 'county', 123, 28, '/1/28/123/1270/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1271, '320481', '320481', '溧阳市', '溧阳市人民政府', 'county', 123, 28, '/1/28/123/1271/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1272, '320505', '320505', '虎丘区', '虎丘区人民政府', 'county', 124, 28, '/1/28/124/1272/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1273, '320506', '320506', '吴中区', '吴中区人民政府', 'county', 124, 28, '/1/28/124/1273/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1274, '320507', '320507', '相城区', '相城区人民政府', 'county', 124, 28, '/1/28/124/1274/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1275, '320508', '320508', '姑苏区', '姑苏区人民政府', 'county', 124, 28, '/1/28/124/1275/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1276, '320509', '320509', '吴江区', '吴江区人民政府', 'county', 124, 28, '/1/28/124/1276/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1277, '320576', '320576', '苏州工业园区', '苏州工业园区人民政府', 'county', 124, 28, '/1/28/124/1277/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1278, '320581', '320581', '常熟市', '常熟市人民政府', 'county', 124, 28, '/1/28/124/1278/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1279, '320582', '320582', '张家港市', '张家港市人民政府', 'county', 124, 28, '/1/28/124/1279/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1280, '320583', '320583', '昆山市', '昆山市人民政府', 'county', 124, 28, '/1/28/124/1280/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1281, '320585', '320585', '太仓市', '太仓市人民政府', 'county', 124, 28, '/1/28/124/1281/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1282, '320612', '320612', '通州区', '通州区人民政府', 'county', 125, 28, '/1/28/125/1282/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1283, '320613', '320613', '崇川区', '崇川区人民政府', 'county', 125, 28, '/1/28/125/1283/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1284, '320614', '320614', '海门区', '海门区人民政府', 'county', 125, 28, '/1/28/125/1284/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1285, '320623', '320623', '如东县', '如东县人民政府', 'county', 125, 28, '/1/28/125/1285/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1286, '320671', '320671', '南通经济技术开发区', '南通经济技术开发区人民政府', 'county', 125, 28, '/1/28/125/1286/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1287, '320681', '320681', '启东市', '启东市人民政府', 'county', 125, 28, '/1/28/125/1287/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1288, '320682', '320682', '如皋市', '如皋市人民政府', 'county', 125, 28, '/1/28/125/1288/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1289, '320685', '320685', '海安市', '海安市人民政府', 'county', 125, 28, '/1/28/125/1289/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1290, '320703', '320703', '连云区', '连云区人民政府', 'county', 126, 28, '/1/28/126/1290/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1291, '320706', '320706', '海州区', '海州区人民政府', 'county', 126, 28, '/1/28/126/1291/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1292, '320707', '320707', '赣榆区', '赣榆区人民政府', 'county', 126, 28, '/1/28/126/1292/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1293, '320722', '320722', '东海县', '东海县人民政府', 'county', 126, 28, '/1/28/126/1293/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1294, '320723', '320723', '灌云县', '灌云县人民政府', 'county', 126, 28, '/1/28/126/1294/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1295, '320724', '320724', '灌南县', '灌南县人民政府', 'county', 126, 28, '/1/28/126/1295/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1296, '320771', '320771', '连云港经济技术开发区', '连云港经济技术开发区人民政府', 'county', 126, 28, '/1/28/126/1296/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1297, '320803', '320803', '淮安区', '淮安区人民政府', 'county', 127, 28, '/1/28/127/1297/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1298, '320804', '320804', '淮阴区', '淮阴区人民政府', 'county', 127, 28, '/1/28/127/1298/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1299, '320812', '320812', '清江浦区', '清江浦区人民政府', 'county', 127, 28, '/1/28/127/1299/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1300, '320813', '320813', '洪泽区', '洪泽区人民政府', 'county', 127, 28, '/1/28/127/1300/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1301, '320826', '320826', '涟水县', '涟水县人民政府', 'county', 127, 28, '/1/28/127/1301/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1302, '320830', '320830', '盱眙县', '盱眙县人民政府', 'county', 127, 28, '/1/28/127/1302/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1303, '320831', '320831', '金湖县', '金湖县人民政府', 'county', 127, 28, '/1/28/127/1303/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1304, '320871', '320871', '淮安经济技术开发区', '淮安经济技术开发区人民政府', 'county', 127, 28, '/1/28/127/1304/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1305, '320902', '320902', '亭湖区', '亭湖区人民政府', 'county', 128, 28, '/1/28/128/1305/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1306, '320903', '320903', '盐都区', '盐都区人民政府', 'county', 128, 28, '/1/28/128/1306/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1307, '320904', '320904', '大丰区', '大丰区人民政府', 'county', 128, 28, '/1/28/128/1307/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1308, '320921', '320921', '响水县', '响水县人民政府', 'county', 128, 28, '/1/28/128/1308/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1309, '320922', '320922', '滨海县', '滨海县人民政府', 'county', 128, 28, '/1/28/128/1309/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1310, '320923', '320923', '阜宁县', '阜宁县人民政府', 'county', 128, 28, '/1/28/128/1310/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1311, '320924', '320924', '射阳县', '射阳县人民政府', 'county', 128, 28, '/1/28/128/1311/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1312, '320925', '320925', '建湖县', '建湖县人民政府', 'county', 128, 28, '/1/28/128/1312/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1313, '320971', '320971', '盐城经济技术开发区', '盐城经济技术开发区人民政府', 'county', 128, 28, '/1/28/128/1313/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1314, '320981', '320981', '东台市', '东台市人民政府', 'county', 128, 28, '/1/28/128/1314/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1315, '321002', '321002', '广陵区', '广陵区人民政府', 'county', 129, 28, '/1/28/129/1315/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1316, '321003', '321003', '邗江区', '邗江区人民政府', 'county', 129, 28, '/1/28/129/1316/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1317, '321012', '321012', '江都区', '江都区人民政府', 'county', 129, 28, '/1/28/129/1317/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1318, '321023', '321023', '宝应县', '宝应县人民政府', 'county', 129, 28, '/1/28/129/1318/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1319, '321071', '321071', '扬州经济技术开发区', '扬州经济技术开发区人民政府', 'county', 129, 28, '/1/28/129/1319/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1320, '321081', '321081', '仪征市', '仪征市人民政府', 'county', 129, 28, '/1/28/129/1320/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1321, '321084', '321084', '高邮市', '高邮市人民政府', 'county', 129, 28, '/1/28/129/1321/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1322, '321102', '321102', '京口区', '京口区人民政府', 'county', 130, 28, '/1/28/130/1322/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1323, '321111', '321111', '润州区', '润州区人民政府', 'county', 130, 28, '/1/28/130/1323/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1324, '321112', '321112', '丹徒区', '丹徒区人民政府', 'county', 130, 28, '/1/28/130/1324/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1325, '321171', '321171', '镇江新区', '镇江新区人民政府', 'county', 130, 28, '/1/28/130/1325/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1326, '321181', '321181', '丹阳市', '丹阳市人民政府', 'county', 130, 28, '/1/28/130/1326/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1327, '321182', '321182', '扬中市', '扬中市人民政府', 'county', 130, 28, '/1/28/130/1327/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1328, '321183', '321183', '句容市', '句容市人民政府', 'county', 130, 28, '/1/28/130/1328/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1329, '321202', '321202', '海陵区', '海陵区人民政府', 'county', 131, 28, '/1/28/131/1329/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1330, '321203', '321203', '高港区', '高港区人民政府', 'county', 131, 28, '/1/28/131/1330/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1331, '321204', '321204', '姜堰区', '姜堰区人民政府', 'county', 131, 28, '/1/28/131/1331/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1332, '321281', '321281', '兴化市', '兴化市人民政府', 'county', 131, 28, '/1/28/131/1332/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1333, '321282', '321282', '靖江市', '靖江市人民政府', 'county', 131, 28, '/1/28/131/1333/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1334, '321283', '321283', '泰兴市', '泰兴市人民政府', 'county', 131, 28, '/1/28/131/1334/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1335, '321302', '321302', '宿城区', '宿城区人民政府', 'county', 132, 28, '/1/28/132/1335/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1336, '321311', '321311', '宿豫区', '宿豫区人民政府', 'county', 132, 28, '/1/28/132/1336/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1337, '321322', '321322', '沭阳县', '沭阳县人民政府', 'county', 132, 28, '/1/28/132/1337/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1338, '321323', '321323', '泗阳县', '泗阳县人民政府', 'county', 132, 28, '/1/28/132/1338/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1339, '321324', '321324', '泗洪县', '泗洪县人民政府', 'county', 132, 28, '/1/28/132/1339/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1340, '321371', '321371', '宿迁经济技术开发区', '宿迁经济技术开发区人民政府', 'county', 132, 28, '/1/28/132/1340/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1341, '330102', '330102', '上城区', '上城区人民政府', 'county', 133, 29, '/1/29/133/1341/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1342, '330105', '330105', '拱墅区', '拱墅区人民政府', 'county', 133, 29, '/1/29/133/1342/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1343, '330106', '330106', '西湖区', '西湖区人民政府', 'county', 133, 29, '/1/29/133/1343/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1344, '330108', '330108', '滨江区', '滨江区人民政府', 'county', 133, 29, '/1/29/133/1344/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1345, '330109', '330109', '萧山区', '萧山区人民政府', 'county', 133, 29, '/1/29/133/1345/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1346, '330110', '330110', '余杭区', '余杭区人民政府', 'county', 133, 29, '/1/29/133/1346/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1347, '330111', '330111', '富阳区', '富阳区人民政府', 'county', 133, 29, '/1/29/133/1347/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1348, '330112', '330112', '临安区', '临安区人民政府', 'county', 133, 29, '/1/29/133/1348/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1349, '330113', '330113', '临平区', '临平区人民政府', 'county', 133, 29, '/1/29/133/1349/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1350, '330114', '330114', '钱塘区', '钱塘区人民政府', 'county', 133, 29, '/1/29/133/1350/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1351, '330122', '330122', '桐庐县', '桐庐县人民政府', 'county', 133, 29, '/1/29/133/1351/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1352, '330127', '330127', '淳安县', '淳安县人民政府', 'county', 133, 29, '/1/29/133/1352/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1353, '330182', '330182', '建德市', '建德市人民政府', 'county', 133, 29, '/1/29/133/1353/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1354, '330203', '330203', '海曙区', '海曙区人民政府', 'county', 134, 29, '/1/29/134/1354/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1355, '330205', '330205', '江北区', '江北区人民政府', 'county', 134, 29, '/1/29/134/1355/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1356, '330206', '330206', '北仑区', '北仑区人民政府', 'county', 134, 29, '/1/29/134/1356/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1357, '330211', '330211', '镇海区', '镇海区人民政府', 'county', 134, 29, '/1/29/134/1357/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1358, '330212', '330212', '鄞州区', '鄞州区人民政府', 'county', 134, 29, '/1/29/134/1358/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1359, '330213', '330213', '奉化区', '奉化区人民政府', 'county', 134, 29, '/1/29/134/1359/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1360, '330225', '330225', '象山县', '象山县人民政府', 'county', 134, 29, '/1/29/134/1360/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1361, '330226', '330226', '宁海县', '宁海县人民政府', 'county', 134, 29, '/1/29/134/1361/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1362, '330281', '330281', '余姚市', '余姚市人民政府', 'county', 134, 29, '/1/29/134/1362/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1363, '330282', '330282', '慈溪市', '慈溪市人民政府', 'county', 134, 29, '/1/29/134/1363/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1364, '330302', '330302', '鹿城区', '鹿城区人民政府', 'county', 135, 29, '/1/29/135/1364/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1365, '330303', '330303', '龙湾区', '龙湾区人民政府', 'county', 135, 29, '/1/29/135/1365/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1366, '330304', '330304', '瓯海区', '瓯海区人民政府', 'county', 135, 29, '/1/29/135/1366/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1367, '330305', '330305', '洞头区', '洞头区人民政府', 'county', 135, 29, '/1/29/135/1367/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1368, '330324', '330324', '永嘉县', '永嘉县人民政府', 'county', 135, 29, '/1/29/135/1368/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1369, '330326', '330326', '平阳县', '平阳县人民政府', 'county', 135, 29, '/1/29/135/1369/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1370, '330327', '330327', '苍南县', '苍南县人民政府', 'county', 135, 29, '/1/29/135/1370/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1371, '330328', '330328', '文成县', '文成县人民政府', 'county', 135, 29, '/1/29/135/1371/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1372, '330329', '330329', '泰顺县', '泰顺县人民政府', 'county', 135, 29, '/1/29/135/1372/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1373, '330381', '330381', '瑞安市', '瑞安市人民政府', 'county', 135, 29, '/1/29/135/1373/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1374, '330382', '330382', '乐清市', '乐清市人民政府', 'county', 135, 29, '/1/29/135/1374/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1375, '330383', '330383', '龙港市', '龙港市人民政府', 'county', 135, 29, '/1/29/135/1375/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1376, '330402', '330402', '南湖区', '南湖区人民政府', 'county', 136, 29, '/1/29/136/1376/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1377, '330411', '330411', '秀洲区', '秀洲区人民政府', 'county', 136, 29, '/1/29/136/1377/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1378, '330421', '330421', '嘉善县', '嘉善县人民政府', 'county', 136, 29, '/1/29/136/1378/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1379, '330424', '330424', '海盐县', '海盐县人民政府', 'county', 136, 29, '/1/29/136/1379/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1380, '330481', '330481', '海宁市', '海宁市人民政府', 'county', 136, 29, '/1/29/136/1380/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1381, '330482', '330482', '平湖市', '平湖市人民政府', 'county', 136, 29, '/1/29/136/1381/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1382, '330483', '330483', '桐乡市', '桐乡市人民政府', 'county', 136, 29, '/1/29/136/1382/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1383, '330502', '330502', '吴兴区', '吴兴区人民政府', 'county', 137, 29, '/1/29/137/1383/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1384, '330503', '330503', '南浔区', '南浔区人民政府', 'county', 137, 29, '/1/29/137/1384/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1385, '330521', '330521', '德清县', '德清县人民政府', 'county', 137, 29, '/1/29/137/1385/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1386, '330522', '330522', '长兴县', '长兴县人民政府', 'county', 137, 29, '/1/29/137/1386/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1387, '330523', '330523', '安吉县', '安吉县人民政府', 'county', 137, 29, '/1/29/137/1387/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1388, '330602', '330602', '越城区', '越城区人民政府', 'county', 138, 29, '/1/29/138/1388/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1389, '330603', '330603', '柯桥区', '柯桥区人民政府', 'county', 138, 29, '/1/29/138/1389/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1390, '330604', '330604', '上虞区', '上虞区人民政府', 'county', 138, 29, '/1/29/138/1390/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1391, '330624', '330624', '新昌县', '新昌县人民政府', 'county', 138, 29, '/1/29/138/1391/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1392, '330681', '330681', '诸暨市', '诸暨市人民政府', 'county', 138, 29, '/1/29/138/1392/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1393, '330683', '330683', '嵊州市', '嵊州市人民政府', 'county', 138, 29, '/1/29/138/1393/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1394, '330702', '330702', '婺城区', '婺城区人民政府', 'county', 139, 29, '/1/29/139/1394/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1395, '330703', '330703', '金东区', '金东区人民政府', 'county', 139, 29, '/1/29/139/1395/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1396, '330723', '330723', '武义县', '武义县人民政府', 'county', 139, 29, '/1/29/139/1396/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1397, '330726', '330726', '浦江县', '浦江县人民政府', 'county', 139, 29, '/1/29/139/1397/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1398, '330727', '330727', '磐安县', '磐安县人民政府', 'county', 139, 29, '/1/29/139/1398/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1399, '330781', '330781', '兰溪市', '兰溪市人民政府', 'county', 139, 29, '/1/29/139/1399/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1400, '330782', '330782', '义乌市', '义乌市人民政府', 'county', 139, 29, '/1/29/139/1400/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1401, '330783', '330783', '东阳市', '东阳市人民政府', 'county', 139, 29, '/1/29/139/1401/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1402, '330784', '330784', '永康市', '永康市人民政府', 'county', 139, 29, '/1/29/139/1402/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1403, '330802', '330802', '柯城区', '柯城区人民政府', 'county', 140, 29, '/1/29/140/1403/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1404, '330803', '330803', '衢江区', '衢江区人民政府', 'county', 140, 29, '/1/29/140/1404/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1405, '330822', '330822', '常山县', '常山县人民政府', 'county', 140, 29, '/1/29/140/1405/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1406, '330824', '330824', '开化县', '开化县人民政府', 'county', 140, 29, '/1/29/140/1406/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1407, '330825', '330825', '龙游县', '龙游县人民政府', 'county', 140, 29, '/1/29/140/1407/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1408, '330881', '330881', '江山市', '江山市人民政府', 'county', 140, 29, '/1/29/140/1408/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1409, '330902', '330902', '定海区', '定海区人民政府', 'county', 141, 29, '/1/29/141/1409/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1410, '330903', '330903', '普陀区', '普陀区人民政府', 'county', 141, 29, '/1/29/141/1410/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1411, '330921', '330921', '岱山县', '岱山县人民政府', 'county', 141, 29, '/1/29/141/1411/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1412, '330922', '330922', '嵊泗县', '嵊泗县人民政府', 'county', 141, 29, '/1/29/141/1412/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1413, '331002', '331002', '椒江区', '椒江区人民政府', 'county', 142, 29, '/1/29/142/1413/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1414, '331003', '331003', '黄岩区', '黄岩区人民政府', 'county', 142, 29, '/1/29/142/1414/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1415, '331004', '331004', '路桥区', '路桥区人民政府', 'county', 142, 29, '/1/29/142/1415/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1416, '331022', '331022', '三门县', '三门县人民政府', 'county', 142, 29, '/1/29/142/1416/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1417, '331023', '331023', '天台县', '天台县人民政府', 'county', 142, 29, '/1/29/142/1417/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1418, '331024', '331024', '仙居县', '仙居县人民政府', 'county', 142, 29, '/1/29/142/1418/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1419, '331081', '331081', '温岭市', '温岭市人民政府', 'county', 142, 29, '/1/29/142/1419/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1420, '331082', '331082', '临海市', '临海市人民政府', 'county', 142, 29, '/1/29/142/1420/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1421, '331083', '331083', '玉环市', '玉环市人民政府', 'county', 142, 29, '/1/29/142/1421/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1422, '331102', '331102', '莲都区', '莲都区人民政府', 'county', 143, 29, '/1/29/143/1422/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1423, '331121', '331121', '青田县', '青田县人民政府', 'county', 143, 29, '/1/29/143/1423/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1424, '331122', '331122', '缙云县', '缙云县人民政府', 'county', 143, 29, '/1/29/143/1424/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1425, '331123', '331123', '遂昌县', '遂昌县人民政府', 'county', 143, 29, '/1/29/143/1425/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1426, '331124', '331124', '松阳县', '松阳县人民政府', 'county', 143, 29, '/1/29/143/1426/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1427, '331125', '331125', '云和县', '云和县人民政府', 'county', 143, 29, '/1/29/143/1427/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1428, '331126', '331126', '庆元县', '庆元县人民政府', 'county', 143, 29, '/1/29/143/1428/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1429, '331127', '331127', '景宁畲族自治县', '景宁畲族自治县人民政府', 'county', 143, 29, '/1/29/143/1429/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1430, '331181', '331181', '龙泉市', '龙泉市人民政府', 'county', 143, 29, '/1/29/143/1430/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1431, '340102', '340102', '瑶海区', '瑶海区人民政府', 'county', 144, 30, '/1/30/144/1431/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1432, '340103', '340103', '庐阳区', '庐阳区人民政府', 'county', 144, 30, '/1/30/144/1432/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1433, '340104', '340104', '蜀山区', '蜀山区人民政府', 'county', 144, 30, '/1/30/144/1433/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1434, '340111', '340111', '包河区', '包河区人民政府', 'county', 144, 30, '/1/30/144/1434/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1435, '340121', '340121', '长丰县', '长丰县人民政府', 'county', 144, 30, '/1/30/144/1435/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1436, '340122', '340122', '肥东县', '肥东县人民政府', 'county', 144, 30, '/1/30/144/1436/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1437, '340123', '340123', '肥西县', '肥西县人民政府', 'county', 144, 30, '/1/30/144/1437/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1438, '340124', '340124', '庐江县', '庐江县人民政府', 'county', 144, 30, '/1/30/144/1438/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1439, '340176', '340176', '合肥高新技术产业开发区', '合肥高新技术产业开发区人民政府', 'county', 144, 30, '/1/30/144/1439/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1440, '340177', '340177', '合肥经济技术开发区', '合肥经济技术开发区人民政府', 'county', 144, 30, '/1/30/144/1440/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1441, '340178', '340178', '合肥新站高新技术产业开发区', '合肥新站高新技术产业开发区人民政府', 'county', 144, 30, '/1/30/144/1441/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1442, '340181', '340181', '巢湖市', '巢湖市人民政府', 'county', 144, 30, '/1/30/144/1442/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1443, '340202', '340202', '镜湖区', '镜湖区人民政府', 'county', 145, 30, '/1/30/145/1443/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1444, '340207', '340207', '鸠江区', '鸠江区人民政府', 'county', 145, 30, '/1/30/145/1444/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1445, '340209', '340209', '弋江区', '弋江区人民政府', 'county', 145, 30, '/1/30/145/1445/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1446, '340210', '340210', '湾沚区', '湾沚区人民政府', 'county', 145, 30, '/1/30/145/1446/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1447, '340212', '340212', '繁昌区', '繁昌区人民政府', 'county', 145, 30, '/1/30/145/1447/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1448, '340223', '340223', '南陵县', '南陵县人民政府', 'county', 145, 30, '/1/30/145/1448/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1449, '340271', '340271', '芜湖经济技术开发区', '芜湖经济技术开发区人民政府', 'county', 145, 30, '/1/30/145/1449/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1450, '340272', '340272', '安徽芜湖三山经济开发区', '安徽芜湖三山经济开发区人民政府', 'county', 145, 30, '/1/30/145/1450/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1451, '340281', '340281', '无为市', '无为市人民政府', 'county', 145, 30, '/1/30/145/1451/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1452, '340302', '340302', '龙子湖区', '龙子湖区人民政府', 'county', 146, 30, '/1/30/146/1452/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1453, '340303', '340303', '蚌山区', '蚌山区人民政府', 'county', 146, 30, '/1/30/146/1453/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1454, '340304', '340304', '禹会区', '禹会区人民政府', 'county', 146, 30, '/1/30/146/1454/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1455, '340311', '340311', '淮上区', '淮上区人民政府', 'county', 146, 30, '/1/30/146/1455/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1456, '340321', '340321', '怀远县', '怀远县人民政府', 'county', 146, 30, '/1/30/146/1456/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1457, '340322', '340322', '五河县', '五河县人民政府', 'county', 146, 30, '/1/30/146/1457/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1458, '340323', '340323', '固镇县', '固镇县人民政府', 'county', 146, 30, '/1/30/146/1458/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1459, '340371', '340371', '蚌埠市高新技术开发区', '蚌埠市高新技术开发区人民政府', 'county', 146, 30, '/1/30/146/1459/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1460, '340372', '340372', '蚌埠市经济开发区', '蚌埠市经济开发区人民政府', 'county', 146, 30, '/1/30/146/1460/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1461, '340402', '340402', '大通区', '大通区人民政府', 'county', 147, 30, '/1/30/147/1461/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1462, '340403', '340403', '田家庵区', '田家庵区人民政府', 'county', 147, 30, '/1/30/147/1462/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1463, '340404', '340404', '谢家集区', '谢家集区人民政府', 'county', 147, 30, '/1/30/147/1463/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1464, '340405', '340405', '八公山区', '八公山区人民政府', 'county', 147, 30, '/1/30/147/1464/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1465, '340406', '340406', '潘集区', '潘集区人民政府', 'county', 147, 30, '/1/30/147/1465/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1466, '340421', '340421', '凤台县', '凤台县人民政府', 'county', 147, 30, '/1/30/147/1466/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1467, '340422', '340422', '寿县', '寿县人民政府', 'county', 147, 30, '/1/30/147/1467/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1468, '340503', '340503', '花山区', '花山区人民政府', 'county', 148, 30, '/1/30/148/1468/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1469, '340504', '340504', '雨山区', '雨山区人民政府', 'county', 148, 30, '/1/30/148/1469/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1470, '340506', '340506', '博望区', '博望区人民政府', 'county', 148, 30, '/1/30/148/1470/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1471, '340521', '340521', '当涂县', '当涂县人民政府', 'county', 148, 30, '/1/30/148/1471/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1472, '340522', '340522', '含山县', '含山县人民政府', 'county', 148, 30, '/1/30/148/1472/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1473, '340523', '340523', '和县', '和县人民政府', 'county', 148, 30, '/1/30/148/1473/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1474, '340602', '340602', '杜集区', '杜集区人民政府', 'county', 149, 30, '/1/30/149/1474/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1475, '340603', '340603', '相山区', '相山区人民政府', 'county', 149, 30, '/1/30/149/1475/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1476, '340604', '340604', '烈山区', '烈山区人民政府', 'county', 149, 30, '/1/30/149/1476/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1477, '340621', '340621', '濉溪县', '濉溪县人民政府', 'county', 149, 30, '/1/30/149/1477/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1478, '340705', '340705', '铜官区', '铜官区人民政府', 'county', 150, 30, '/1/30/150/1478/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1479, '340706', '340706', '义安区', '义安区人民政府', 'county', 150, 30, '/1/30/150/1479/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1480, '340711', '340711', '郊区', '郊区人民政府', 'county', 150, 30, '/1/30/150/1480/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1481, '340722', '340722', '枞阳县', '枞阳县人民政府', 'county', 150, 30, '/1/30/150/1481/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1482, '340802', '340802', '迎江区', '迎江区人民政府', 'county', 151, 30, '/1/30/151/1482/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1483, '340803', '340803', '大观区', '大观区人民政府', 'county', 151, 30, '/1/30/151/1483/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1484, '340811', '340811', '宜秀区', '宜秀区人民政府', 'county', 151, 30, '/1/30/151/1484/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1485, '340822', '340822', '怀宁县', '怀宁县人民政府', 'county', 151, 30, '/1/30/151/1485/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1486, '340825', '340825', '太湖县', '太湖县人民政府', 'county', 151, 30, '/1/30/151/1486/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1487, '340826', '340826', '宿松县', '宿松县人民政府', 'county', 151, 30, '/1/30/151/1487/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1488, '340827', '340827', '望江县', '望江县人民政府', 'county', 151, 30, '/1/30/151/1488/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1489, '340828', '340828', '岳西县', '岳西县人民政府', 'county', 151, 30, '/1/30/151/1489/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1490, '340871', '340871', '安徽安庆经济开发区', '安徽安庆经济开发区人民政府', 'county', 151, 30, '/1/30/151/1490/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1491, '340881', '340881', '桐城市', '桐城市人民政府', 'county', 151, 30, '/1/30/151/1491/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1492, '340882', '340882', '潜山市', '潜山市人民政府', 'county', 151, 30, '/1/30/151/1492/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1493, '341002', '341002', '屯溪区', '屯溪区人民政府', 'county', 152, 30, '/1/30/152/1493/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1494, '341003', '341003', '黄山区', '黄山区人民政府', 'county', 152, 30, '/1/30/152/1494/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1495, '341004', '341004', '徽州区', '徽州区人民政府', 'county', 152, 30, '/1/30/152/1495/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1496, '341021', '341021', '歙县', '歙县人民政府', 'county', 152, 30, '/1/30/152/1496/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1497, '341022', '341022', '休宁县', '休宁县人民政府', 'county', 152, 30, '/1/30/152/1497/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1498, '341023', '341023', '黟县', '黟县人民政府', 'county', 152, 30, '/1/30/152/1498/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1499, '341024', '341024', '祁门县', '祁门县人民政府', 'county', 152, 30, '/1/30/152/1499/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1500, '341102', '341102', '琅琊区', '琅琊区人民政府', 'county', 153, 30, '/1/30/153/1500/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1501, '341103', '341103', '南谯区', '南谯区人民政府', 'county', 153, 30, '/1/30/153/1501/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1502, '341122', '341122', '来安县', '来安县人民政府', 'county', 153, 30, '/1/30/153/1502/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1503, '341124', '341124', '全椒县', '全椒县人民政府', 'county', 153, 30, '/1/30/153/1503/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1504, '341125', '341125', '定远县', '定远县人民政府', 'county', 153, 30, '/1/30/153/1504/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1505, '341126', '341126', '凤阳县', '凤阳县人民政府', 'county', 153, 30, '/1/30/153/1505/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1506, '341171', '341171', '中新苏滁高新技术产业开发区', '中新苏滁高新技术产业开发区人民政府', 'county', 153, 30, '/1/30/153/1506/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1507, '341172', '341172', '滁州经济技术开发区', '滁州经济技术开发区人民政府', 'county', 153, 30, '/1/30/153/1507/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1508, '341181', '341181', '天长市', '天长市人民政府', 'county', 153, 30, '/1/30/153/1508/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1509, '341182', '341182', '明光市', '明光市人民政府', 'county', 153, 30, '/1/30/153/1509/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1510, '341202', '341202', '颍州区', '颍州区人民政府', 'county', 154, 30, '/1/30/154/1510/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1511, '341203', '341203', '颍东区', '颍东区人民政府', 'county', 154, 30, '/1/30/154/1511/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1512, '341204', '341204', '颍泉区', '颍泉区人民政府', 'county', 154, 30, '/1/30/154/1512/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1513, '341221', '341221', '临泉县', '临泉县人民政府', 'county', 154, 30, '/1/30/154/1513/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1514, '341222', '341222', '太和县', '太和县人民政府', 'county', 154, 30, '/1/30/154/1514/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1515, '341225', '341225', '阜南县', '阜南县人民政府', 'county', 154, 30, '/1/30/154/1515/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1516, '341226', '341226', '颍上县', '颍上县人民政府', 'county', 154, 30, '/1/30/154/1516/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1517, '341271', '341271', '阜阳合肥现代产业园区', '阜阳合肥现代产业园区人民政府', 'county', 154, 30, '/1/30/154/1517/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1518, '341272', '341272', '阜阳经济技术开发区', '阜阳经济技术开发区人民政府', 'county', 154, 30, '/1/30/154/1518/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1519, '341282', '341282', '界首市', '界首市人民政府', 'county', 154, 30, '/1/30/154/1519/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1520, '341302', '341302', '埇桥区', '埇桥区人民政府', 'county', 155, 30, '/1/30/155/1520/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1521, '341321', '341321', '砀山县', '砀山县人民政府', 'county', 155, 30, '/1/30/155/1521/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1522, '341322', '341322', '萧县', '萧县人民政府', 'county', 155, 30, '/1/30/155/1522/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1523, '341323', '341323', '灵璧县', '灵璧县人民政府', 'county', 155, 30, '/1/30/155/1523/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1524, '341324', '341324', '泗县', '泗县人民政府', 'county', 155, 30, '/1/30/155/1524/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1525, '341371', '341371', '宿州马鞍山现代产业园区', '宿州马鞍山现代产业园区人民政府', 'county', 155, 30, '/1/30/155/1525/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1526, '341372', '341372', '宿州经济技术开发区', '宿州经济技术开发区人民政府', 'county', 155, 30, '/1/30/155/1526/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1527, '341502', '341502', '金安区', '金安区人民政府', 'county', 156, 30, '/1/30/156/1527/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1528, '341503', '341503', '裕安区', '裕安区人民政府', 'county', 156, 30, '/1/30/156/1528/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1529, '341504', '341504', '叶集区', '叶集区人民政府', 'county', 156, 30, '/1/30/156/1529/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1530, '341522', '341522', '霍邱县', '霍邱县人民政府', 'county', 156, 30, '/1/30/156/1530/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1531, '341523', '341523', '舒城县', '舒城县人民政府', 'county', 156, 30, '/1/30/156/1531/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1532, '341524', '341524', '金寨县', '金寨县人民政府', 'county', 156, 30, '/1/30/156/1532/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1533, '341525', '341525', '霍山县', '霍山县人民政府', 'county', 156, 30, '/1/30/156/1533/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1534, '341602', '341602', '谯城区', '谯城区人民政府', 'county', 157, 30, '/1/30/157/1534/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1535, '341621', '341621', '涡阳县', '涡阳县人民政府', 'county', 157, 30, '/1/30/157/1535/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1536, '341622', '341622', '蒙城县', '蒙城县人民政府', 'county', 157, 30, '/1/30/157/1536/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1537, '341623', '341623', '利辛县', '利辛县人民政府', 'county', 157, 30, '/1/30/157/1537/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1538, '341702', '341702', '贵池区', '贵池区人民政府', 'county', 158, 30, '/1/30/158/1538/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1539, '341721', '341721', '东至县', '东至县人民政府', 'county', 158, 30, '/1/30/158/1539/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1540, '341722', '341722', '石台县', '石台县人民政府', 'county', 158, 30, '/1/30/158/1540/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1541, '341723', '341723', '青阳县', '青阳县人民政府', 'county', 158, 30, '/1/30/158/1541/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1542, '341802', '341802', '宣州区', '宣州区人民政府', 'county', 159, 30, '/1/30/159/1542/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1543, '341821', '341821', '郎溪县', '郎溪县人民政府', 'county', 159, 30, '/1/30/159/1543/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1544, '341823', '341823', '泾县', '泾县人民政府', 'county', 159, 30, '/1/30/159/1544/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1545, '341824', '341824', '绩溪县', '绩溪县人民政府', 'county', 159, 30, '/1/30/159/1545/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1546, '341825', '341825', '旌德县', '旌德县人民政府', 'county', 159, 30, '/1/30/159/1546/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1547, '341871', '341871', '宣城市经济开发区', '宣城市经济开发区人民政府', 'county', 159, 30, '/1/30/159/1547/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1548, '341881', '341881', '宁国市', '宁国市人民政府', 'county', 159, 30, '/1/30/159/1548/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1549, '341882', '341882', '广德市', '广德市人民政府', 'county', 159, 30, '/1/30/159/1549/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1550, '350102', '350102', '鼓楼区', '鼓楼区人民政府', 'county', 160, 31, '/1/31/160/1550/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1551, '350103', '350103', '台江区', '台江区人民政府', 'county', 160, 31, '/1/31/160/1551/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1552, '350104', '350104', '仓山区', '仓山区人民政府', 'county', 160, 31, '/1/31/160/1552/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1553, '350105', '350105', '马尾区', '马尾区人民政府', 'county', 160, 31, '/1/31/160/1553/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1554, '350111', '350111', '晋安区', '晋安区人民政府', 'county', 160, 31, '/1/31/160/1554/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1555, '350112', '350112', '长乐区', '长乐区人民政府', 'county', 160, 31, '/1/31/160/1555/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1556, '350121', '350121', '闽侯县', '闽侯县人民政府', 'county', 160, 31, '/1/31/160/1556/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1557, '350122', '350122', '连江县', '连江县人民政府', 'county', 160, 31, '/1/31/160/1557/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1558, '350123', '350123', '罗源县', '罗源县人民政府', 'county', 160, 31, '/1/31/160/1558/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1559, '350124', '350124', '闽清县', '闽清县人民政府', 'county', 160, 31, '/1/31/160/1559/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1560, '350125', '350125', '永泰县', '永泰县人民政府', 'county', 160, 31, '/1/31/160/1560/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1561, '350128', '350128', '平潭县', '平潭县人民政府', 'county', 160, 31, '/1/31/160/1561/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1562, '350181', '350181', '福清市', '福清市人民政府', 'county', 160, 31, '/1/31/160/1562/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1563, '350203', '350203', '思明区', '思明区人民政府', 'county', 161, 31, '/1/31/161/1563/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1564, '350205', '350205', '海沧区', '海沧区人民政府', 'county', 161, 31, '/1/31/161/1564/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1565, '350206', '350206', '湖里区', '湖里区人民政府', 'county', 161, 31, '/1/31/161/1565/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1566, '350211', '350211', '集美区', '集美区人民政府', 'county', 161, 31, '/1/31/161/1566/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1567, '350212', '350212', '同安区', '同安区人民政府', 'county', 161, 31, '/1/31/161/1567/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1568, '350213', '350213', '翔安区', '翔安区人民政府', 'county', 161, 31, '/1/31/161/1568/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1569, '350302', '350302', '城厢区', '城厢区人民政府', 'county', 162, 31, '/1/31/162/1569/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1570, '350303', '350303', '涵江区', '涵江区人民政府', 'county', 162, 31, '/1/31/162/1570/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1571, '350304', '350304', '荔城区', '荔城区人民政府', 'county', 162, 31, '/1/31/162/1571/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1572, '350305', '350305', '秀屿区', '秀屿区人民政府', 'county', 162, 31, '/1/31/162/1572/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1573, '350322', '350322', '仙游县', '仙游县人民政府', 'county', 162, 31, '/1/31/162/1573/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1574, '350404', '350404', '三元区', '三元区人民政府', 'county', 163, 31, '/1/31/163/1574/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1575, '350405', '350405', '沙县区', '沙县区人民政府', 'county', 163, 31, '/1/31/163/1575/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1576, '350421', '350421', '明溪县', '明溪县人民政府', 'county', 163, 31, '/1/31/163/1576/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1577, '350423', '350423', '清流县', '清流县人民政府', 'county', 163, 31, '/1/31/163/1577/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1578, '350424', '350424', '宁化县', '宁化县人民政府', 'county', 163, 31, '/1/31/163/1578/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1579, '350425', '350425', '大田县', '大田县人民政府', 'county', 163, 31, '/1/31/163/1579/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1580, '350426', '350426', '尤溪县', '尤溪县人民政府', 'county', 163, 31, '/1/31/163/1580/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1581, '350428', '350428', '将乐县', '将乐县人民政府', 'county', 163, 31, '/1/31/163/1581/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1582, '350429', '350429', '泰宁县', '泰宁县人民政府', 'county', 163, 31, '/1/31/163/1582/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1583, '350430', '350430', '建宁县', '建宁县人民政府', 'county', 163, 31, '/1/31/163/1583/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1584, '350481', '350481', '永安市', '永安市人民政府', 'county', 163, 31, '/1/31/163/1584/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1585, '350502', '350502', '鲤城区', '鲤城区人民政府', 'county', 164, 31, '/1/31/164/1585/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1586, '350503', '350503', '丰泽区', '丰泽区人民政府', 'county', 164, 31, '/1/31/164/1586/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1587, '350504', '350504', '洛江区', '洛江区人民政府', 'county', 164, 31, '/1/31/164/1587/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1588, '350505', '350505', '泉港区', '泉港区人民政府', 'county', 164, 31, '/1/31/164/1588/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1589, '350521', '350521', '惠安县', '惠安县人民政府', 'county', 164, 31, '/1/31/164/1589/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1590, '350524', '350524', '安溪县', '安溪县人民政府', 'county', 164, 31, '/1/31/164/1590/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1591, '350525', '350525', '永春县', '永春县人民政府', 'county', 164, 31, '/1/31/164/1591/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1592, '350526', '350526', '德化县', '德化县人民政府', 'county', 164, 31, '/1/31/164/1592/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1593, '350527', '350527', '金门县', '金门县人民政府', 'county', 164, 31, '/1/31/164/1593/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1594, '350581', '350581', '石狮市', '石狮市人民政府', 'county', 164, 31, '/1/31/164/1594/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1595, '350582', '350582', '晋江市', '晋江市人民政府', 'county', 164, 31, '/1/31/164/1595/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1596, '350583', '350583', '南安市', '南安市人民政府', 'county', 164, 31, '/1/31/164/1596/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1597, '350602', '350602', '芗城区', '芗城区人民政府', 'county', 165, 31, '/1/31/165/1597/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1598, '350603', '350603', '龙文区', '龙文区人民政府', 'county', 165, 31, '/1/31/165/1598/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1599, '350604', '350604', '龙海区', '龙海区人民政府', 'county', 165, 31, '/1/31/165/1599/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1600, '350605', '350605', '长泰区', '长泰区人民政府', 'county', 165, 31, '/1/31/165/1600/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1601, '350622', '350622', '云霄县', '云霄县人民政府', 'county', 165, 31, '/1/31/165/1601/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1602, '350623', '350623', '漳浦县', '漳浦县人民政府', 'county', 165, 31, '/1/31/165/1602/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1603, '350624', '350624', '诏安县', '诏安县人民政府', 'county', 165, 31, '/1/31/165/1603/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1604, '350626', '350626', '东山县', '东山县人民政府', 'county', 165, 31, '/1/31/165/1604/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1605, '350627', '350627', '南靖县', '南靖县人民政府', 'county', 165, 31, '/1/31/165/1605/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1606, '350628', '350628', '平和县', '平和县人民政府', 'county', 165, 31, '/1/31/165/1606/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1607, '350629', '350629', '华安县', '华安县人民政府', 'county', 165, 31, '/1/31/165/1607/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1608, '350702', '350702', '延平区', '延平区人民政府', 'county', 166, 31, '/1/31/166/1608/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1609, '350703', '350703', '建阳区', '建阳区人民政府', 'county', 166, 31, '/1/31/166/1609/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1610, '350721', '350721', '顺昌县', '顺昌县人民政府', 'county', 166, 31, '/1/31/166/1610/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1611, '350722', '350722', '浦城县', '浦城县人民政府', 'county', 166, 31, '/1/31/166/1611/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1612, '350723', '350723', '光泽县', '光泽县人民政府', 'county', 166, 31, '/1/31/166/1612/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1613, '350724', '350724', '松溪县', '松溪县人民政府', 'county', 166, 31, '/1/31/166/1613/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1614, '350725', '350725', '政和县', '政和县人民政府', 'county', 166, 31, '/1/31/166/1614/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1615, '350781', '350781', '邵武市', '邵武市人民政府', 'county', 166, 31, '/1/31/166/1615/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1616, '350782', '350782', '武夷山市', '武夷山市人民政府', 'county', 166, 31, '/1/31/166/1616/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1617, '350783', '350783', '建瓯市', '建瓯市人民政府', 'county', 166, 31, '/1/31/166/1617/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1618, '350802', '350802', '新罗区', '新罗区人民政府', 'county', 167, 31, '/1/31/167/1618/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1619, '350803', '350803', '永定区', '永定区人民政府', 'county', 167, 31, '/1/31/167/1619/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1620, '350821', '350821', '长汀县', '长汀县人民政府', 'county', 167, 31, '/1/31/167/1620/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1621, '350823', '350823', '上杭县', '上杭县人民政府', 'county', 167, 31, '/1/31/167/1621/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1622, '350824', '350824', '武平县', '武平县人民政府', 'county', 167, 31, '/1/31/167/1622/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1623, '350825', '350825', '连城县', '连城县人民政府', 'county', 167, 31, '/1/31/167/1623/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1624, '350881', '350881', '漳平市', '漳平市人民政府', 'county', 167, 31, '/1/31/167/1624/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1625, '350902', '350902', '蕉城区', '蕉城区人民政府', 'county', 168, 31, '/1/31/168/1625/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1626, '350921', '350921', '霞浦县', '霞浦县人民政府', 'county', 168, 31, '/1/31/168/1626/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1627, '350922', '350922', '古田县', '古田县人民政府', 'county', 168, 31, '/1/31/168/1627/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1628, '350923', '350923', '屏南县', '屏南县人民政府', 'county', 168, 31, '/1/31/168/1628/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1629, '350924', '350924', '寿宁县', '寿宁县人民政府', 'county', 168, 31, '/1/31/168/1629/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1630, '350925', '350925', '周宁县', '周宁县人民政府', 'county', 168, 31, '/1/31/168/1630/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1631, '350926', '350926', '柘荣县', '柘荣县人民政府', 'county', 168, 31, '/1/31/168/1631/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1632, '350981', '350981', '福安市', '福安市人民政府', 'county', 168, 31, '/1/31/168/1632/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1633, '350982', '350982', '福鼎市', '福鼎市人民政府', 'county', 168, 31, '/1/31/168/1633/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1634, '360102', '360102', '东湖区', '东湖区人民政府', 'county', 169, 32, '/1/32/169/1634/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1635, '360103', '360103', '西湖区', '西湖区人民政府', 'county', 169, 32, '/1/32/169/1635/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1636, '360104', '360104', '青云谱区', '青云谱区人民政府', 'county', 169, 32, '/1/32/169/1636/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1637, '360111', '360111', '青山湖区', '青山湖区人民政府', 'county', 169, 32, '/1/32/169/1637/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1638, '360112', '360112', '新建区', '新建区人民政府', 'county', 169, 32, '/1/32/169/1638/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1639, '360113', '360113', '红谷滩区', '红谷滩区人民政府', 'county', 169, 32, '/1/32/169/1639/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1640, '360121', '360121', '南昌县', '南昌县人民政府', 'county', 169, 32, '/1/32/169/1640/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1641, '360123', '360123', '安义县', '安义县人民政府', 'county', 169, 32, '/1/32/169/1641/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1642, '360124', '360124', '进贤县', '进贤县人民政府', 'county', 169, 32, '/1/32/169/1642/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1643, '360202', '360202', '昌江区', '昌江区人民政府', 'county', 170, 32, '/1/32/170/1643/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1644, '360203', '360203', '珠山区', '珠山区人民政府', 'county', 170, 32, '/1/32/170/1644/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1645, '360222', '360222', '浮梁县', '浮梁县人民政府', 'county', 170, 32, '/1/32/170/1645/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1646, '360281', '360281', '乐平市', '乐平市人民政府', 'county', 170, 32, '/1/32/170/1646/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1647, '360302', '360302', '安源区', '安源区人民政府', 'county', 171, 32, '/1/32/171/1647/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1648, '360313', '360313', '湘东区', '湘东区人民政府', 'county', 171, 32, '/1/32/171/1648/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1649, '360321', '360321', '莲花县', '莲花县人民政府', 'county', 171, 32, '/1/32/171/1649/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1650, '360322', '360322', '上栗县', '上栗县人民政府', 'county', 171, 32, '/1/32/171/1650/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1651, '360323', '360323', '芦溪县', '芦溪县人民政府', 'county', 171, 32, '/1/32/171/1651/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1652, '360402', '360402', '濂溪区', '濂溪区人民政府', 'county', 172, 32, '/1/32/172/1652/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1653, '360403', '360403', '浔阳区', '浔阳区人民政府', 'county', 172, 32, '/1/32/172/1653/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1654, '360404', '360404', '柴桑区', '柴桑区人民政府', 'county', 172, 32, '/1/32/172/1654/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1655, '360423', '360423', '武宁县', '武宁县人民政府', 'county', 172, 32, '/1/32/172/1655/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1656, '360424', '360424', '修水县', '修水县人民政府', 'county', 172, 32, '/1/32/172/1656/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1657, '360425', '360425', '永修县', '永修县人民政府', 'county', 172, 32, '/1/32/172/1657/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1658, '360426', '360426', '德安县', '德安县人民政府', 'county', 172, 32, '/1/32/172/1658/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1659, '360428', '360428', '都昌县', '都昌县人民政府', 'county', 172, 32, '/1/32/172/1659/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1660, '360429', '360429', '湖口县', '湖口县人民政府', 'county', 172, 32, '/1/32/172/1660/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1661, '360430', '360430', '彭泽县', '彭泽县人民政府', 'county', 172, 32, '/1/32/172/1661/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1662, '360481', '360481', '瑞昌市', '瑞昌市人民政府', 'county', 172, 32, '/1/32/172/1662/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1663, '360482', '360482', '共青城市', '共青城市人民政府', 'county', 172, 32, '/1/32/172/1663/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1664, '360483', '360483', '庐山市', '庐山市人民政府', 'county', 172, 32, '/1/32/172/1664/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1665, '360502', '360502', '渝水区', '渝水区人民政府', 'county', 173, 32, '/1/32/173/1665/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1666, '360521', '360521', '分宜县', '分宜县人民政府', 'county', 173, 32, '/1/32/173/1666/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1667, '360602', '360602', '月湖区', '月湖区人民政府', 'county', 174, 32, '/1/32/174/1667/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1668, '360603', '360603', '余江区', '余江区人民政府', 'county', 174, 32, '/1/32/174/1668/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1669, '360681', '360681', '贵溪市', '贵溪市人民政府', 'county', 174, 32, '/1/32/174/1669/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1670, '360702', '360702', '章贡区', '章贡区人民政府', 'county', 175, 32, '/1/32/175/1670/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1671, '360703', '360703', '南康区', '南康区人民政府', 'county', 175, 32, '/1/32/175/1671/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1672, '360704', '360704', '赣县区', '赣县区人民政府', 'county', 175, 32, '/1/32/175/1672/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1673, '360722', '360722', '信丰县', '信丰县人民政府', 'county', 175, 32, '/1/32/175/1673/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1674, '360723', '360723', '大余县', '大余县人民政府', 'county', 175, 32, '/1/32/175/1674/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1675, '360724', '360724', '上犹县', '上犹县人民政府', 'county', 175, 32, '/1/32/175/1675/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1676, '360725', '360725', '崇义县', '崇义县人民政府', 'county', 175, 32, '/1/32/175/1676/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1677, '360726', '360726', '安远县', '安远县人民政府', 'county', 175, 32, '/1/32/175/1677/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1678, '360728', '360728', '定南县', '定南县人民政府', 'county', 175, 32, '/1/32/175/1678/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1679, '360729', '360729', '全南县', '全南县人民政府', 'county', 175, 32, '/1/32/175/1679/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1680, '360730', '360730', '宁都县', '宁都县人民政府', 'county', 175, 32, '/1/32/175/1680/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1681, '360731', '360731', '于都县', '于都县人民政府', 'county', 175, 32, '/1/32/175/1681/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1682, '360732', '360732', '兴国县', '兴国县人民政府', 'county', 175, 32, '/1/32/175/1682/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1683, '360733', '360733', '会昌县', '会昌县人民政府', 'county', 175, 32, '/1/32/175/1683/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1684, '360734', '360734', '寻乌县', '寻乌县人民政府', 'county', 175, 32, '/1/32/175/1684/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1685, '360735', '360735', '石城县', '石城县人民政府', 'county', 175, 32, '/1/32/175/1685/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1686, '360781', '360781', '瑞金市', '瑞金市人民政府', 'county', 175, 32, '/1/32/175/1686/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1687, '360783', '360783', '龙南市', '龙南市人民政府', 'county', 175, 32, '/1/32/175/1687/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1688, '360802', '360802', '吉州区', '吉州区人民政府', 'county', 176, 32, '/1/32/176/1688/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1689, '360803', '360803', '青原区', '青原区人民政府', 'county', 176, 32, '/1/32/176/1689/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1690, '360821', '360821', '吉安县', '吉安县人民政府', 'county', 176, 32, '/1/32/176/1690/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1691, '360822', '360822', '吉水县', '吉水县人民政府', 'county', 176, 32, '/1/32/176/1691/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1692, '360823', '360823', '峡江县', '峡江县人民政府', 'county', 176, 32, '/1/32/176/1692/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1693, '360824', '360824', '新干县', '新干县人民政府', 'county', 176, 32, '/1/32/176/1693/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1694, '360825', '360825', '永丰县', '永丰县人民政府', 'county', 176, 32, '/1/32/176/1694/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1695, '360826', '360826', '泰和县', '泰和县人民政府', 'county', 176, 32, '/1/32/176/1695/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1696, '360827', '360827', '遂川县', '遂川县人民政府', 'county', 176, 32, '/1/32/176/1696/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1697, '360828', '360828', '万安县', '万安县人民政府', 'county', 176, 32, '/1/32/176/1697/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1698, '360829', '360829', '安福县', '安福县人民政府', 'county', 176, 32, '/1/32/176/1698/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1699, '360830', '360830', '永新县', '永新县人民政府', 'county', 176, 32, '/1/32/176/1699/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1700, '360881', '360881', '井冈山市', '井冈山市人民政府', 'county', 176, 32, '/1/32/176/1700/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1701, '360902', '360902', '袁州区', '袁州区人民政府', 'county', 177, 32, '/1/32/177/1701/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1702, '360921', '360921', '奉新县', '奉新县人民政府', 'county', 177, 32, '/1/32/177/1702/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1703, '360922', '360922', '万载县', '万载县人民政府', 'county', 177, 32, '/1/32/177/1703/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1704, '360923', '360923', '上高县', '上高县人民政府', 'county', 177, 32, '/1/32/177/1704/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1705, '360924', '360924', '宜丰县', '宜丰县人民政府', 'county', 177, 32, '/1/32/177/1705/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1706, '360925', '360925', '靖安县', '靖安县人民政府', 'county', 177, 32, '/1/32/177/1706/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1707, '360926', '360926', '铜鼓县', '铜鼓县人民政府', 'county', 177, 32, '/1/32/177/1707/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1708, '360981', '360981', '丰城市', '丰城市人民政府', 'county', 177, 32, '/1/32/177/1708/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1709, '360982', '360982', '樟树市', '樟树市人民政府', 'county', 177, 32, '/1/32/177/1709/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1710, '360983', '360983', '高安市', '高安市人民政府', 'county', 177, 32, '/1/32/177/1710/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1711, '361002', '361002', '临川区', '临川区人民政府', 'county', 178, 32, '/1/32/178/1711/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1712, '361003', '361003', '东乡区', '东乡区人民政府', 'county', 178, 32, '/1/32/178/1712/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1713, '361021', '361021', '南城县', '南城县人民政府', 'county', 178, 32, '/1/32/178/1713/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1714, '361022', '361022', '黎川县', '黎川县人民政府', 'county', 178, 32, '/1/32/178/1714/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1715, '361023', '361023', '南丰县', '南丰县人民政府', 'county', 178, 32, '/1/32/178/1715/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1716, '361024', '361024', '崇仁县', '崇仁县人民政府', 'county', 178, 32, '/1/32/178/1716/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1717, '361025', '361025', '乐安县', '乐安县人民政府', 'county', 178, 32, '/1/32/178/1717/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1718, '361026', '361026', '宜黄县', '宜黄县人民政府', 'county', 178, 32, '/1/32/178/1718/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1719, '361027', '361027', '金溪县', '金溪县人民政府', 'county', 178, 32, '/1/32/178/1719/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1720, '361028', '361028', '资溪县', '资溪县人民政府', 'county', 178, 32, '/1/32/178/1720/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1721, '361030', '361030', '广昌县', '广昌县人民政府', 'county', 178, 32, '/1/32/178/1721/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1722, '361102', '361102', '信州区', '信州区人民政府', 'county', 179, 32, '/1/32/179/1722/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1723, '361103', '361103', '广丰区', '广丰区人民政府', 'county', 179, 32, '/1/32/179/1723/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1724, '361104', '361104', '广信区', '广信区人民政府', 'county', 179, 32, '/1/32/179/1724/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1725, '361123', '361123', '玉山县', '玉山县人民政府', 'county', 179, 32, '/1/32/179/1725/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1726, '361124', '361124', '铅山县', '铅山县人民政府', 'county', 179, 32, '/1/32/179/1726/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1727, '361125', '361125', '横峰县', '横峰县人民政府', 'county', 179, 32, '/1/32/179/1727/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1728, '361126', '361126', '弋阳县', '弋阳县人民政府', 'county', 179, 32, '/1/32/179/1728/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1729, '361127', '361127', '余干县', '余干县人民政府', 'county', 179, 32, '/1/32/179/1729/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1730, '361128', '361128', '鄱阳县', '鄱阳县人民政府', 'county', 179, 32, '/1/32/179/1730/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1731, '361129', '361129', '万年县', '万年县人民政府', 'county', 179, 32, '/1/32/179/1731/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1732, '361130', '361130', '婺源县', '婺源县人民政府', 'county', 179, 32, '/1/32/179/1732/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1733, '361181', '361181', '德兴市', '德兴市人民政府', 'county', 179, 32, '/1/32/179/1733/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1734, '370102', '370102', '历下区', '历下区人民政府', 'county', 180, 33, '/1/33/180/1734/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1735, '370103', '370103', '市中区', '市中区人民政府', 'county', 180, 33, '/1/33/180/1735/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1736, '370104', '370104', '槐荫区', '槐荫区人民政府', 'county', 180, 33, '/1/33/180/1736/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1737, '370105', '370105', '天桥区', '天桥区人民政府', 'county', 180, 33, '/1/33/180/1737/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1738, '370112', '370112', '历城区', '历城区人民政府', 'county', 180, 33, '/1/33/180/1738/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1739, '370113', '370113', '长清区', '长清区人民政府', 'county', 180, 33, '/1/33/180/1739/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1740, '370114', '370114', '章丘区', '章丘区人民政府', 'county', 180, 33, '/1/33/180/1740/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1741, '370115', '370115', '济阳区', '济阳区人民政府', 'county', 180, 33, '/1/33/180/1741/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1742, '370116', '370116', '莱芜区', '莱芜区人民政府', 'county', 180, 33, '/1/33/180/1742/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1743, '370117', '370117', '钢城区', '钢城区人民政府', 'county', 180, 33, '/1/33/180/1743/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1744, '370124', '370124', '平阴县', '平阴县人民政府', 'county', 180, 33, '/1/33/180/1744/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1745, '370126', '370126', '商河县', '商河县人民政府', 'county', 180, 33, '/1/33/180/1745/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1746, '370176', '370176', '济南高新技术产业开发区', '济南高新技术产业开发区人民政府', 'county', 180, 33, '/1/33/180/1746/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1747, '370202', '370202', '市南区', '市南区人民政府', 'county', 181, 33, '/1/33/181/1747/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1748, '370203', '370203', '市北区', '市北区人民政府', 'county', 181, 33, '/1/33/181/1748/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1749, '370211', '370211', '黄岛区', '黄岛区人民政府', 'county', 181, 33, '/1/33/181/1749/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1750, '370212', '370212', '崂山区', '崂山区人民政府', 'county', 181, 33, '/1/33/181/1750/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1751, '370213', '370213', '李沧区', '李沧区人民政府', 'county', 181, 33, '/1/33/181/1751/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1752, '370214', '370214', '城阳区', '城阳区人民政府', 'county', 181, 33, '/1/33/181/1752/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1753, '370215', '370215', '即墨区', '即墨区人民政府', 'county', 181, 33, '/1/33/181/1753/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1754, '370281', '370281', '胶州市', '胶州市人民政府', 'county', 181, 33, '/1/33/181/1754/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1755, '370283', '370283', '平度市', '平度市人民政府', 'county', 181, 33, '/1/33/181/1755/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1756, '370285', '370285', '莱西市', '莱西市人民政府', 'county', 181, 33, '/1/33/181/1756/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1757, '370302', '370302', '淄川区', '淄川区人民政府', 'county', 182, 33, '/1/33/182/1757/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1758, '370303', '370303', '张店区', '张店区人民政府', 'county', 182, 33, '/1/33/182/1758/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1759, '370304', '370304', '博山区', '博山区人民政府', 'county', 182, 33, '/1/33/182/1759/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1760, '370305', '370305', '临淄区', '临淄区人民政府', 'county', 182, 33, '/1/33/182/1760/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1761, '370306', '370306', '周村区', '周村区人民政府', 'county', 182, 33, '/1/33/182/1761/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1762, '370321', '370321', '桓台县', '桓台县人民政府', 'county', 182, 33, '/1/33/182/1762/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1763, '370322', '370322', '高青县', '高青县人民政府', 'county', 182, 33, '/1/33/182/1763/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1764, '370323', '370323', '沂源县', '沂源县人民政府', 'county', 182, 33, '/1/33/182/1764/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1765, '370402', '370402', '市中区', '市中区人民政府', 'county', 183, 33, '/1/33/183/1765/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1766, '370403', '370403', '薛城区', '薛城区人民政府', 'county', 183, 33, '/1/33/183/1766/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1767, '370404', '370404', '峄城区', '峄城区人民政府', 'county', 183, 33, '/1/33/183/1767/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1768, '370405', '370405', '台儿庄区', '台儿庄区人民政府', 'county', 183, 33, '/1/33/183/1768/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1769, '370406', '370406', '山亭区', '山亭区人民政府', 'county', 183, 33, '/1/33/183/1769/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1770, '370481', '370481', '滕州市', '滕州市人民政府', 'county', 183, 33, '/1/33/183/1770/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1771, '370502', '370502', '东营区', '东营区人民政府', 'county', 184, 33, '/1/33/184/1771/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1772, '370503', '370503', '河口区', '河口区人民政府', 'county', 184, 33, '/1/33/184/1772/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1773, '370505', '370505', '垦利区', '垦利区人民政府', 'county', 184, 33, '/1/33/184/1773/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1774, '370522', '370522', '利津县', '利津县人民政府', 'county', 184, 33, '/1/33/184/1774/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1775, '370523', '370523', '广饶县', '广饶县人民政府', 'county', 184, 33, '/1/33/184/1775/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1776, '370571', '370571', '东营经济技术开发区', '东营经济技术开发区人民政府', 'county', 184, 33, '/1/33/184/1776/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1777, '370572', '370572', '东营港经济开发区', '东营港经济开发区人民政府', 'county', 184, 33, '/1/33/184/1777/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1778, '370602', '370602', '芝罘区', '芝罘区人民政府', 'county', 185, 33, '/1/33/185/1778/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1779, '370611', '370611', '福山区', '福山区人民政府', 'county', 185, 33, '/1/33/185/1779/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1780, '370612', '370612', '牟平区', '牟平区人民政府', 'county', 185, 33, '/1/33/185/1780/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1781, '370613', '370613', '莱山区', '莱山区人民政府', 'county', 185, 33, '/1/33/185/1781/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1782, '370614', '370614', '蓬莱区', '蓬莱区人民政府', 'county', 185, 33, '/1/33/185/1782/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1783, '370671', '370671', '烟台高新技术产业开发区', '烟台高新技术产业开发区人民政府', 'county', 185, 33, '/1/33/185/1783/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1784, '370676', '370676', '烟台经济技术开发区', '烟台经济技术开发区人民政府', 'county', 185, 33, '/1/33/185/1784/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1785, '370681', '370681', '龙口市', '龙口市人民政府', 'county', 185, 33, '/1/33/185/1785/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1786, '370682', '370682', '莱阳市', '莱阳市人民政府', 'county', 185, 33, '/1/33/185/1786/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1787, '370683', '370683', '莱州市', '莱州市人民政府', 'county', 185, 33, '/1/33/185/1787/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1788, '370685', '370685', '招远市', '招远市人民政府', 'county', 185, 33, '/1/33/185/1788/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1789, '370686', '370686', '栖霞市', '栖霞市人民政府', 'county', 185, 33, '/1/33/185/1789/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1790, '370687', '370687', '海阳市', '海阳市人民政府', 'county', 185, 33, '/1/33/185/1790/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1791, '370702', '370702', '潍城区', '潍城区人民政府', 'county', 186, 33, '/1/33/186/1791/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1792, '370703', '370703', '寒亭区', '寒亭区人民政府', 'county', 186, 33, '/1/33/186/1792/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1793, '370704', '370704', '坊子区', '坊子区人民政府', 'county', 186, 33, '/1/33/186/1793/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1794, '370705', '370705', '奎文区', '奎文区人民政府', 'county', 186, 33, '/1/33/186/1794/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1795, '370724', '370724', '临朐县', '临朐县人民政府', 'county', 186, 33, '/1/33/186/1795/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1796, '370725', '370725', '昌乐县', '昌乐县人民政府', 'county', 186, 33, '/1/33/186/1796/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1797, '370772', '370772', '潍坊滨海经济技术开发区', '潍坊滨海经济技术开发区人民政府', 'county', 186, 33, '/1/33/186/1797/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1798, '370781', '370781', '青州市', '青州市人民政府', 'county', 186, 33, '/1/33/186/1798/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1799, '370782', '370782', '诸城市', '诸城市人民政府', 'county', 186, 33, '/1/33/186/1799/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1800, '370783', '370783', '寿光市', '寿光市人民政府', 'county', 186, 33, '/1/33/186/1800/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1801, '370784', '370784', '安丘市', '安丘市人民政府', 'county', 186, 33, '/1/33/186/1801/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1802, '370785', '370785', '高密市', '高密市人民政府', 'county', 186, 33, '/1/33/186/1802/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1803, '370786', '370786', '昌邑市', '昌邑市人民政府', 'county', 186, 33, '/1/33/186/1803/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1804, '370811', '370811', '任城区', '任城区人民政府', 'county', 187, 33, '/1/33/187/1804/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1805, '370812', '370812', '兖州区', '兖州区人民政府', 'county', 187, 33, '/1/33/187/1805/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1806, '370826', '370826', '微山县', '微山县人民政府', 'county', 187, 33, '/1/33/187/1806/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1807, '370827', '370827', '鱼台县', '鱼台县人民政府', 'county', 187, 33, '/1/33/187/1807/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1808, '370828', '370828', '金乡县', '金乡县人民政府', 'county', 187, 33, '/1/33/187/1808/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1809, '370829', '370829', '嘉祥县', '嘉祥县人民政府', 'county', 187, 33, '/1/33/187/1809/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1810, '370830', '370830', '汶上县', '汶上县人民政府', 'county', 187, 33, '/1/33/187/1810/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1811, '370831', '370831', '泗水县', '泗水县人民政府', 'county', 187, 33, '/1/33/187/1811/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1812, '370832', '370832', '梁山县', '梁山县人民政府', 'county', 187, 33, '/1/33/187/1812/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1813, '370871', '370871', '济宁高新技术产业开发区', '济宁高新技术产业开发区人民政府', 'county', 187, 33, '/1/33/187/1813/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1814, '370881', '370881', '曲阜市', '曲阜市人民政府', 'county', 187, 33, '/1/33/187/1814/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1815, '370883', '370883', '邹城市', '邹城市人民政府', 'county', 187, 33, '/1/33/187/1815/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1816, '370902', '370902', '泰山区', '泰山区人民政府', 'county', 188, 33, '/1/33/188/1816/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1817, '370911', '370911', '岱岳区', '岱岳区人民政府', 'county', 188, 33, '/1/33/188/1817/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1818, '370921', '370921', '宁阳县', '宁阳县人民政府', 'county', 188, 33, '/1/33/188/1818/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1819, '370923', '370923', '东平县', '东平县人民政府', 'county', 188, 33, '/1/33/188/1819/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1820, '370982', '370982', '新泰市', '新泰市人民政府', 'county', 188, 33, '/1/33/188/1820/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1821, '370983', '370983', '肥城市', '肥城市人民政府', 'county', 188, 33, '/1/33/188/1821/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1822, '371002', '371002', '环翠区', '环翠区人民政府', 'county', 189, 33, '/1/33/189/1822/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1823, '371003', '371003', '文登区', '文登区人民政府', 'county', 189, 33, '/1/33/189/1823/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1824, '371071', '371071', '威海火炬高技术产业开发区', '威海火炬高技术产业开发区人民政府', 'county', 189, 33, '/1/33/189/1824/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1825, '371072', '371072', '威海经济技术开发区', '威海经济技术开发区人民政府', 'county', 189, 33, '/1/33/189/1825/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1826, '371073', '371073', '威海临港经济技术开发区', '威海临港经济技术开发区人民政府', 'county', 189, 33, '/1/33/189/1826/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1827, '371082', '371082', '荣成市', '荣成市人民政府', 'county', 189, 33, '/1/33/189/1827/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1828, '371083', '371083', '乳山市', '乳山市人民政府', 'county', 189, 33, '/1/33/189/1828/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1829, '371102', '371102', '东港区', '东港区人民政府', 'county', 190, 33, '/1/33/190/1829/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1830, '371103', '371103', '岚山区', '岚山区人民政府', 'county', 190, 33, '/1/33/190/1830/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1831, '371121', '371121', '五莲县', '五莲县人民政府', 'county', 190, 33, '/1/33/190/1831/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1832, '371122', '371122', '莒县', '莒县人民政府', 'county', 190, 33, '/1/33/190/1832/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1833, '371171', '371171', '日照经济技术开发区', '日照经济技术开发区人民政府', 'county', 190, 33, '/1/33/190/1833/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1834, '371302', '371302', '兰山区', '兰山区人民政府', 'county', 191, 33, '/1/33/191/1834/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1835, '371311', '371311', '罗庄区', '罗庄区人民政府', 'county', 191, 33, '/1/33/191/1835/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1836, '371312', '371312', '河东区', '河东区人民政府', 'county', 191, 33, '/1/33/191/1836/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1837, '371321', '371321', '沂南县', '沂南县人民政府', 'county', 191, 33, '/1/33/191/1837/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1838, '371322', '371322', '郯城县', '郯城县人民政府', 'county', 191, 33, '/1/33/191/1838/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1839, '371323', '371323', '沂水县', '沂水县人民政府', 'county', 191, 33, '/1/33/191/1839/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1840, '371324', '371324', '兰陵县', '兰陵县人民政府', 'county', 191, 33, '/1/33/191/1840/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1841, '371325', '371325', '费县', '费县人民政府', 'county', 191, 33, '/1/33/191/1841/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1842, '371326', '371326', '平邑县', '平邑县人民政府', 'county', 191, 33, '/1/33/191/1842/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1843, '371327', '371327', '莒南县', '莒南县人民政府', 'county', 191, 33, '/1/33/191/1843/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1844, '371328', '371328', '蒙阴县', '蒙阴县人民政府', 'county', 191, 33, '/1/33/191/1844/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1845, '371329', '371329', '临沭县', '临沭县人民政府', 'county', 191, 33, '/1/33/191/1845/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1846, '371371', '371371', '临沂高新技术产业开发区', '临沂高新技术产业开发区人民政府', 'county', 191, 33, '/1/33/191/1846/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1847, '371402', '371402', '德城区', '德城区人民政府', 'county', 192, 33, '/1/33/192/1847/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1848, '371403', '371403', '陵城区', '陵城区人民政府', 'county', 192, 33, '/1/33/192/1848/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1849, '371422', '371422', '宁津县', '宁津县人民政府', 'county', 192, 33, '/1/33/192/1849/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1850, '371423', '371423', '庆云县', '庆云县人民政府', 'county', 192, 33, '/1/33/192/1850/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1851, '371424', '371424', '临邑县', '临邑县人民政府', 'county', 192, 33, '/1/33/192/1851/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1852, '371425', '371425', '齐河县', '齐河县人民政府', 'county', 192, 33, '/1/33/192/1852/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1853, '371426', '371426', '平原县', '平原县人民政府', 'county', 192, 33, '/1/33/192/1853/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1854, '371427', '371427', '夏津县', '夏津县人民政府', 'county', 192, 33, '/1/33/192/1854/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1855, '371428', '371428', '武城县', '武城县人民政府', 'county', 192, 33, '/1/33/192/1855/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1856, '371471', '371471', '德州天衢新区', '德州天衢新区人民政府', 'county', 192, 33, '/1/33/192/1856/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1857, '371481', '371481', '乐陵市', '乐陵市人民政府', 'county', 192, 33, '/1/33/192/1857/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1858, '371482', '371482', '禹城市', '禹城市人民政府', 'county', 192, 33, '/1/33/192/1858/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1859, '371502', '371502', '东昌府区', '东昌府区人民政府', 'county', 193, 33, '/1/33/193/1859/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1860, '371503', '371503', '茌平区', '茌平区人民政府', 'county', 193, 33, '/1/33/193/1860/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1861, '371521', '371521', '阳谷县', '阳谷县人民政府', 'county', 193, 33, '/1/33/193/1861/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1862, '371522', '371522', '莘县', '莘县人民政府', 'county', 193, 33, '/1/33/193/1862/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1863, '371524', '371524', '东阿县', '东阿县人民政府', 'county', 193, 33, '/1/33/193/1863/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1864, '371525', '371525', '冠县', '冠县人民政府', 'county', 193, 33, '/1/33/193/1864/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1865, '371526', '371526', '高唐县', '高唐县人民政府', 'county', 193, 33, '/1/33/193/1865/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1866, '371581', '371581', '临清市', '临清市人民政府', 'county', 193, 33, '/1/33/193/1866/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1867, '371602', '371602', '滨城区', '滨城区人民政府', 'county', 194, 33, '/1/33/194/1867/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1868, '371603', '371603', '沾化区', '沾化区人民政府', 'county', 194, 33, '/1/33/194/1868/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1869, '371621', '371621', '惠民县', '惠民县人民政府', 'county', 194, 33, '/1/33/194/1869/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1870, '371622', '371622', '阳信县', '阳信县人民政府', 'county', 194, 33, '/1/33/194/1870/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1871, '371623', '371623', '无棣县', '无棣县人民政府', 'county', 194, 33, '/1/33/194/1871/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1872, '371625', '371625', '博兴县', '博兴县人民政府', 'county', 194, 33, '/1/33/194/1872/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1873, '371681', '371681', '邹平市', '邹平市人民政府', 'county', 194, 33, '/1/33/194/1873/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1874, '371702', '371702', '牡丹区', '牡丹区人民政府', 'county', 195, 33, '/1/33/195/1874/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1875, '371703', '371703', '定陶区', '定陶区人民政府', 'county', 195, 33, '/1/33/195/1875/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1876, '371721', '371721', '曹县', '曹县人民政府', 'county', 195, 33, '/1/33/195/1876/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1877, '371722', '371722', '单县', '单县人民政府', 'county', 195, 33, '/1/33/195/1877/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1878, '371723', '371723', '成武县', '成武县人民政府', 'county', 195, 33, '/1/33/195/1878/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1879, '371724', '371724', '巨野县', '巨野县人民政府', 'county', 195, 33, '/1/33/195/1879/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1880, '371725', '371725', '郓城县', '郓城县人民政府', 'county', 195, 33, '/1/33/195/1880/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1881, '371726', '371726', '鄄城县', '鄄城县人民政府', 'county', 195, 33, '/1/33/195/1881/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1882, '371728', '371728', '东明县', '东明县人民政府', 'county', 195, 33, '/1/33/195/1882/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1883, '371771', '371771', '菏泽经济技术开发区', '菏泽经济技术开发区人民政府', 'county', 195, 33, '/1/33/195/1883/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1884, '371772', '371772', '菏泽高新技术开发区', '菏泽高新技术开发区人民政府', 'county', 195, 33, '/1/33/195/1884/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1885, '410102', '410102', '中原区', '中原区人民政府', 'county', 196, 34, '/1/34/196/1885/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1886, '410103', '410103', '二七区', '二七区人民政府', 'county', 196, 34, '/1/34/196/1886/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1887, '410104', '410104', '管城回族区', '管城回族区人民政府', 'county', 196, 34, '/1/34/196/1887/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1888, '410105', '410105', '金水区', '金水区人民政府', 'county', 196, 34, '/1/34/196/1888/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1889, '410106', '410106', '上街区', '上街区人民政府', 'county', 196, 34, '/1/34/196/1889/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1890, '410108', '410108', '惠济区', '惠济区人民政府', 'county', 196, 34, '/1/34/196/1890/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1891, '410122', '410122', '中牟县', '中牟县人民政府', 'county', 196, 34, '/1/34/196/1891/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1892, '410171', '410171', '郑州经济技术开发区', '郑州经济技术开发区人民政府', 'county', 196, 34, '/1/34/196/1892/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1893, '410172', '410172', '郑州高新技术产业开发区', '郑州高新技术产业开发区人民政府', 'county', 196, 34, '/1/34/196/1893/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1894, '410173', '410173', '郑州航空港经济综合实验区', '郑州航空港经济综合实验区人民政府', 'county', 196, 34, '/1/34/196/1894/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1895, '410181', '410181', '巩义市', '巩义市人民政府', 'county', 196, 34, '/1/34/196/1895/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1896, '410182', '410182', '荥阳市', '荥阳市人民政府', 'county', 196, 34, '/1/34/196/1896/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1897, '410183', '410183', '新密市', '新密市人民政府', 'county', 196, 34, '/1/34/196/1897/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1898, '410184', '410184', '新郑市', '新郑市人民政府', 'county', 196, 34, '/1/34/196/1898/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1899, '410185', '410185', '登封市', '登封市人民政府', 'county', 196, 34, '/1/34/196/1899/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1900, '410202', '410202', '龙亭区', '龙亭区人民政府', 'county', 197, 34, '/1/34/197/1900/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1901, '410203', '410203', '顺河回族区', '顺河回族区人民政府', 'county', 197, 34, '/1/34/197/1901/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1902, '410204', '410204', '鼓楼区', '鼓楼区人民政府', 'county', 197, 34, '/1/34/197/1902/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1903, '410205', '410205', '禹王台区', '禹王台区人民政府', 'county', 197, 34, '/1/34/197/1903/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1904, '410212', '410212', '祥符区', '祥符区人民政府', 'county', 197, 34, '/1/34/197/1904/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1905, '410221', '410221', '杞县', '杞县人民政府', 'county', 197, 34, '/1/34/197/1905/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1906, '410222', '410222', '通许县', '通许县人民政府', 'county', 197, 34, '/1/34/197/1906/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1907, '410223', '410223', '尉氏县', '尉氏县人民政府', 'county', 197, 34, '/1/34/197/1907/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1908, '410225', '410225', '兰考县', '兰考县人民政府', 'county', 197, 34, '/1/34/197/1908/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1909, '410302', '410302', '老城区', '老城区人民政府', 'county', 198, 34, '/1/34/198/1909/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1910, '410303', '410303', '西工区', '西工区人民政府', 'county', 198, 34, '/1/34/198/1910/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1911, '410304', '410304', '瀍河回族区', '瀍河回族区人民政府', 'county', 198, 34, '/1/34/198/1911/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1912, '410305', '410305', '涧西区', '涧西区人民政府', 'county', 198, 34, '/1/34/198/1912/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1913, '410307', '410307', '偃师区', '偃师区人民政府', 'county', 198, 34, '/1/34/198/1913/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1914, '410308', '410308', '孟津区', '孟津区人民政府', 'county', 198, 34, '/1/34/198/1914/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1915, '410311', '410311', '洛龙区', '洛龙区人民政府', 'county', 198, 34, '/1/34/198/1915/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1916, '410323', '410323', '新安县', '新安县人民政府', 'county', 198, 34, '/1/34/198/1916/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1917, '410324', '410324', '栾川县', '栾川县人民政府', 'county', 198, 34, '/1/34/198/1917/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1918, '410325', '410325', '嵩县', '嵩县人民政府', 'county', 198, 34, '/1/34/198/1918/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1919, '410326', '410326', '汝阳县', '汝阳县人民政府', 'county', 198, 34, '/1/34/198/1919/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1920, '410327', '410327', '宜阳县', '宜阳县人民政府', 'county', 198, 34, '/1/34/198/1920/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1921, '410328', '410328', '洛宁县', '洛宁县人民政府', 'county', 198, 34, '/1/34/198/1921/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1922, '410329', '410329', '伊川县', '伊川县人民政府', 'county', 198, 34, '/1/34/198/1922/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1923, '410371', '410371', '洛阳高新技术产业开发区', '洛阳高新技术产业开发区人民政府', 'county', 198, 34, '/1/34/198/1923/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1924, '410402', '410402', '新华区', '新华区人民政府', 'county', 199, 34, '/1/34/199/1924/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1925, '410403', '410403', '卫东区', '卫东区人民政府', 'county', 199, 34, '/1/34/199/1925/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1926, '410404', '410404', '石龙区', '石龙区人民政府', 'county', 199, 34, '/1/34/199/1926/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1927, '410411', '410411', '湛河区', '湛河区人民政府', 'county', 199, 34, '/1/34/199/1927/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1928, '410421', '410421', '宝丰县', '宝丰县人民政府', 'county', 199, 34, '/1/34/199/1928/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1929, '410422', '410422', '叶县', '叶县人民政府', 'county', 199, 34, '/1/34/199/1929/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1930, '410423', '410423', '鲁山县', '鲁山县人民政府', 'county', 199, 34, '/1/34/199/1930/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1931, '410425', '410425', '郏县', '郏县人民政府', 'county', 199, 34, '/1/34/199/1931/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1932, '410471', '410471', '平顶山高新技术产业开发区', '平顶山高新技术产业开发区人民政府', 'county', 199, 34, '/1/34/199/1932/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1933, '410472', '410472', '平顶山市城乡一体化示范区', '平顶山市城乡一体化示范区人民政府', 'county', 199, 34, '/1/34/199/1933/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1934, '410481', '410481', '舞钢市', '舞钢市人民政府', 'county', 199, 34, '/1/34/199/1934/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1935, '410482', '410482', '汝州市', '汝州市人民政府', 'county', 199, 34, '/1/34/199/1935/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1936, '410502', '410502', '文峰区', '文峰区人民政府', 'county', 200, 34, '/1/34/200/1936/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1937, '410503', '410503', '北关区', '北关区人民政府', 'county', 200, 34, '/1/34/200/1937/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1938, '410505', '410505', '殷都区', '殷都区人民政府', 'county', 200, 34, '/1/34/200/1938/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1939, '410506', '410506', '龙安区', '龙安区人民政府', 'county', 200, 34, '/1/34/200/1939/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1940, '410522', '410522', '安阳县', '安阳县人民政府', 'county', 200, 34, '/1/34/200/1940/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1941, '410523', '410523', '汤阴县', '汤阴县人民政府', 'county', 200, 34, '/1/34/200/1941/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1942, '410526', '410526', '滑县', '滑县人民政府', 'county', 200, 34, '/1/34/200/1942/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1943, '410527', '410527', '内黄县', '内黄县人民政府', 'county', 200, 34, '/1/34/200/1943/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1944, '410571', '410571', '安阳高新技术产业开发区', '安阳高新技术产业开发区人民政府', 'county', 200, 34, '/1/34/200/1944/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1945, '410581', '410581', '林州市', '林州市人民政府', 'county', 200, 34, '/1/34/200/1945/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1946, '410602', '410602', '鹤山区', '鹤山区人民政府', 'county', 201, 34, '/1/34/201/1946/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1947, '410603', '410603', '山城区', '山城区人民政府', 'county', 201, 34, '/1/34/201/1947/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1948, '410611', '410611', '淇滨区', '淇滨区人民政府', 'county', 201, 34, '/1/34/201/1948/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1949, '410621', '410621', '浚县', '浚县人民政府', 'county', 201, 34, '/1/34/201/1949/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1950, '410622', '410622', '淇县', '淇县人民政府', 'county', 201, 34, '/1/34/201/1950/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1951, '410671', '410671', '鹤壁经济技术开发区', '鹤壁经济技术开发区人民政府', 'county', 201, 34, '/1/34/201/1951/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1952, '410702', '410702', '红旗区', '红旗区人民政府', 'county', 202, 34, '/1/34/202/1952/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1953, '410703', '410703', '卫滨区', '卫滨区人民政府', 'county', 202, 34, '/1/34/202/1953/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1954, '410704', '410704', '凤泉区', '凤泉区人民政府', 'county', 202, 34, '/1/34/202/1954/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1955, '410711', '410711', '牧野区', '牧野区人民政府', 'county', 202, 34, '/1/34/202/1955/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1956, '410721', '410721', '新乡县', '新乡县人民政府', 'county', 202, 34, '/1/34/202/1956/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1957, '410724', '410724', '获嘉县', '获嘉县人民政府', 'county', 202, 34, '/1/34/202/1957/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1958, '410725', '410725', '原阳县', '原阳县人民政府', 'county', 202, 34, '/1/34/202/1958/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1959, '410726', '410726', '延津县', '延津县人民政府', 'county', 202, 34, '/1/34/202/1959/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1960, '410727', '410727', '封丘县', '封丘县人民政府', 'county', 202, 34, '/1/34/202/1960/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1961, '410771', '410771', '新乡高新技术产业开发区', '新乡高新技术产业开发区人民政府', 'county', 202, 34, '/1/34/202/1961/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1962, '410772', '410772', '新乡经济技术开发区', '新乡经济技术开发区人民政府', 'county', 202, 34, '/1/34/202/1962/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1963, '410773', '410773', '新乡市平原城乡一体化示范区', '新乡市平原城乡一体化示范区人民政府', 'county', 202, 34, '/1/34/202/1963/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1964, '410781', '410781', '卫辉市', '卫辉市人民政府', 'county', 202, 34, '/1/34/202/1964/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1965, '410782', '410782', '辉县市', '辉县市人民政府', 'county', 202, 34, '/1/34/202/1965/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1966, '410783', '410783', '长垣市', '长垣市人民政府', 'county', 202, 34, '/1/34/202/1966/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1967, '410802', '410802', '解放区', '解放区人民政府', 'county', 203, 34, '/1/34/203/1967/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1968, '410803', '410803', '中站区', '中站区人民政府', 'county', 203, 34, '/1/34/203/1968/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1969, '410804', '410804', '马村区', '马村区人民政府', 'county', 203, 34, '/1/34/203/1969/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1970, '410811', '410811', '山阳区', '山阳区人民政府', 'county', 203, 34, '/1/34/203/1970/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1971, '410821', '410821', '修武县', '修武县人民政府', 'county', 203, 34, '/1/34/203/1971/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1972, '410822', '410822', '博爱县', '博爱县人民政府', 'county', 203, 34, '/1/34/203/1972/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1973, '410823', '410823', '武陟县', '武陟县人民政府', 'county', 203, 34, '/1/34/203/1973/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1974, '410825', '410825', '温县', '温县人民政府', 'county', 203, 34, '/1/34/203/1974/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1975, '410871', '410871', '焦作城乡一体化示范区', '焦作城乡一体化示范区人民政府', 'county', 203, 34, '/1/34/203/1975/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1976, '410882', '410882', '沁阳市', '沁阳市人民政府', 'county', 203, 34, '/1/34/203/1976/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1977, '410883', '410883', '孟州市', '孟州市人民政府', 'county', 203, 34, '/1/34/203/1977/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1978, '410902', '410902', '华龙区', '华龙区人民政府', 'county', 204, 34, '/1/34/204/1978/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1979, '410922', '410922', '清丰县', '清丰县人民政府', 'county', 204, 34, '/1/34/204/1979/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1980, '410923', '410923', '南乐县', '南乐县人民政府', 'county', 204, 34, '/1/34/204/1980/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1981, '410926', '410926', '范县', '范县人民政府', 'county', 204, 34, '/1/34/204/1981/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1982, '410927', '410927', '台前县', '台前县人民政府', 'county', 204, 34, '/1/34/204/1982/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1983, '410928', '410928', '濮阳县', '濮阳县人民政府', 'county', 204, 34, '/1/34/204/1983/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1984, '410971', '410971', '河南濮阳工业园区', '河南濮阳工业园区人民政府', 'county', 204, 34, '/1/34/204/1984/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1985, '410972', '410972', '濮阳经济技术开发区', '濮阳经济技术开发区人民政府', 'county', 204, 34, '/1/34/204/1985/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1986, '411002', '411002', '魏都区', '魏都区人民政府', 'county', 205, 34, '/1/34/205/1986/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1987, '411003', '411003', '建安区', '建安区人民政府', 'county', 205, 34, '/1/34/205/1987/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1988, '411024', '411024', '鄢陵县', '鄢陵县人民政府', 'county', 205, 34, '/1/34/205/1988/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1989, '411025', '411025', '襄城县', '襄城县人民政府', 'county', 205, 34, '/1/34/205/1989/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1990, '411071', '411071', '许昌经济技术开发区', '许昌经济技术开发区人民政府', 'county', 205, 34, '/1/34/205/1990/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1991, '411081', '411081', '禹州市', '禹州市人民政府', 'county', 205, 34, '/1/34/205/1991/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1992, '411082', '411082', '长葛市', '长葛市人民政府', 'county', 205, 34, '/1/34/205/1992/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1993, '411102', '411102', '源汇区', '源汇区人民政府', 'county', 206, 34, '/1/34/206/1993/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1994, '411103', '411103', '郾城区', '郾城区人民政府', 'county', 206, 34, '/1/34/206/1994/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1995, '411104', '411104', '召陵区', '召陵区人民政府', 'county', 206, 34, '/1/34/206/1995/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1996, '411121', '411121', '舞阳县', '舞阳县人民政府', 'county', 206, 34, '/1/34/206/1996/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1997, '411122', '411122', '临颍县', '临颍县人民政府', 'county', 206, 34, '/1/34/206/1997/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1998, '411171', '411171', '漯河经济技术开发区', '漯河经济技术开发区人民政府', 'county', 206, 34, '/1/34/206/1998/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (1999, '411202', '411202', '湖滨区', '湖滨区人民政府', 'county', 207, 34, '/1/34/207/1999/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2000, '411203', '411203', '陕州区', '陕州区人民政府', 'county', 207, 34, '/1/34/207/2000/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2001, '411221', '411221', '渑池县', '渑池县人民政府', 'county', 207, 34, '/1/34/207/2001/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2002, '411224', '411224', '卢氏县', '卢氏县人民政府', 'county', 207, 34, '/1/34/207/2002/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2003, '411271', '411271', '河南三门峡经济开发区', '河南三门峡经济开发区人民政府', 'county', 207, 34, '/1/34/207/2003/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2004, '411281', '411281', '义马市', '义马市人民政府', 'county', 207, 34, '/1/34/207/2004/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2005, '411282', '411282', '灵宝市', '灵宝市人民政府', 'county', 207, 34, '/1/34/207/2005/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2006, '411302', '411302', '宛城区', '宛城区人民政府', 'county', 208, 34, '/1/34/208/2006/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2007, '411303', '411303', '卧龙区', '卧龙区人民政府', 'county', 208, 34, '/1/34/208/2007/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2008, '411321', '411321', '南召县', '南召县人民政府', 'county', 208, 34, '/1/34/208/2008/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2009, '411322', '411322', '方城县', '方城县人民政府', 'county', 208, 34, '/1/34/208/2009/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2010, '411323', '411323', '西峡县', '西峡县人民政府', 'county', 208, 34, '/1/34/208/2010/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2011, '411324', '411324', '镇平县', '镇平县人民政府', 'county', 208, 34, '/1/34/208/2011/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2012, '411325', '411325', '内乡县', '内乡县人民政府', 'county', 208, 34, '/1/34/208/2012/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2013, '411326', '411326', '淅川县', '淅川县人民政府', 'county', 208, 34, '/1/34/208/2013/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2014, '411327', '411327', '社旗县', '社旗县人民政府', 'county', 208, 34, '/1/34/208/2014/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2015, '411328', '411328', '唐河县', '唐河县人民政府', 'county', 208, 34, '/1/34/208/2015/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2016, '411329', '411329', '新野县', '新野县人民政府', 'county', 208, 34, '/1/34/208/2016/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2017, '411330', '411330', '桐柏县', '桐柏县人民政府', 'county', 208, 34, '/1/34/208/2017/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2018, '411371', '411371', '南阳高新技术产业开发区', '南阳高新技术产业开发区人民政府', 'county', 208, 34, '/1/34/208/2018/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2019, '411372', '411372', '南阳市城乡一体化示范区', '南阳市城乡一体化示范区人民政府', 'county', 208, 34, '/1/34/208/2019/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2020, '411381', '411381', '邓州市', '邓州市人民政府', 'county', 208, 34, '/1/34/208/2020/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2021, '411402', '411402', '梁园区', '梁园区人民政府', 'county', 209, 34, '/1/34/209/2021/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2022, '411403', '411403', '睢阳区', '睢阳区人民政府', 'county', 209, 34, '/1/34/209/2022/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2023, '411421', '411421', '民权县', '民权县人民政府', 'county', 209, 34, '/1/34/209/2023/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2024, '411422', '411422', '睢县', '睢县人民政府', 'county', 209, 34, '/1/34/209/2024/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2025, '411423', '411423', '宁陵县', '宁陵县人民政府', 'county', 209, 34, '/1/34/209/2025/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2026, '411424', '411424', '柘城县', '柘城县人民政府', 'county', 209, 34, '/1/34/209/2026/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2027, '411425', '411425', '虞城县', '虞城县人民政府', 'county', 209, 34, '/1/34/209/2027/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2028, '411426', '411426', '夏邑县', '夏邑县人民政府', 'county', 209, 34, '/1/34/209/2028/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2029, '411471', '411471', '豫东综合物流产业聚集区', '豫东综合物流产业聚集区人民政府', 'county', 209, 34, '/1/34/209/2029/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2030, '411472', '411472', '河南商丘经济开发区', '河南商丘经济开发区人民政府', 'county', 209, 34, '/1/34/209/2030/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2031, '411481', '411481', '永城市', '永城市人民政府', 'county', 209, 34, '/1/34/209/2031/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2032, '411502', '411502', '浉河区', '浉河区人民政府', 'county', 210, 34, '/1/34/210/2032/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2033, '411503', '411503', '平桥区', '平桥区人民政府', 'county', 210, 34, '/1/34/210/2033/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2034, '411521', '411521', '罗山县', '罗山县人民政府', 'county', 210, 34, '/1/34/210/2034/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2035, '411522', '411522', '光山县', '光山县人民政府', 'county', 210, 34, '/1/34/210/2035/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2036, '411523', '411523', '新县', '新县人民政府', 'county', 210, 34, '/1/34/210/2036/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2037, '411524', '411524', '商城县', '商城县人民政府', 'county', 210, 34, '/1/34/210/2037/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2038, '411525', '411525', '固始县', '固始县人民政府', 'county', 210, 34, '/1/34/210/2038/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2039, '411526', '411526', '潢川县', '潢川县人民政府', 'county', 210, 34, '/1/34/210/2039/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2040, '411527', '411527', '淮滨县', '淮滨县人民政府', 'county', 210, 34, '/1/34/210/2040/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2041, '411528', '411528', '息县', '息县人民政府', 'county', 210, 34, '/1/34/210/2041/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2042, '411571', '411571', '信阳高新技术产业开发区', '信阳高新技术产业开发区人民政府', 'county', 210, 34, '/1/34/210/2042/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2043, '411602', '411602', '川汇区', '川汇区人民政府', 'county', 211, 34, '/1/34/211/2043/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2044, '411603', '411603', '淮阳区', '淮阳区人民政府', 'county', 211, 34, '/1/34/211/2044/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2045, '411621', '411621', '扶沟县', '扶沟县人民政府', 'county', 211, 34, '/1/34/211/2045/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2046, '411622', '411622', '西华县', '西华县人民政府', 'county', 211, 34, '/1/34/211/2046/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2047, '411623', '411623', '商水县', '商水县人民政府', 'county', 211, 34, '/1/34/211/2047/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2048, '411624', '411624', '沈丘县', '沈丘县人民政府', 'county', 211, 34, '/1/34/211/2048/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2049, '411625', '411625', '郸城县', '郸城县人民政府', 'county', 211, 34, '/1/34/211/2049/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2050, '411627', '411627', '太康县', '太康县人民政府', 'county', 211, 34, '/1/34/211/2050/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2051, '411628', '411628', '鹿邑县', '鹿邑县人民政府', 'county', 211, 34, '/1/34/211/2051/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2052, '411671', '411671', '周口临港开发区', '周口临港开发区人民政府', 'county', 211, 34, '/1/34/211/2052/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2053, '411681', '411681', '项城市', '项城市人民政府', 'county', 211, 34, '/1/34/211/2053/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2054, '411702', '411702', '驿城区', '驿城区人民政府', 'county', 212, 34, '/1/34/212/2054/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2055, '411721', '411721', '西平县', '西平县人民政府', 'county', 212, 34, '/1/34/212/2055/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2056, '411722', '411722', '上蔡县', '上蔡县人民政府', 'county', 212, 34, '/1/34/212/2056/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2057, '411723', '411723', '平舆县', '平舆县人民政府', 'county', 212, 34, '/1/34/212/2057/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2058, '411724', '411724', '正阳县', '正阳县人民政府', 'county', 212, 34, '/1/34/212/2058/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2059, '411725', '411725', '确山县', '确山县人民政府', 'county', 212, 34, '/1/34/212/2059/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2060, '411726', '411726', '泌阳县', '泌阳县人民政府', 'county', 212, 34, '/1/34/212/2060/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2061, '411727', '411727', '汝南县', '汝南县人民政府', 'county', 212, 34, '/1/34/212/2061/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2062, '411728', '411728', '遂平县', '遂平县人民政府', 'county', 212, 34, '/1/34/212/2062/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2063, '411729', '411729', '新蔡县', '新蔡县人民政府', 'county', 212, 34, '/1/34/212/2063/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2064, '411771', '411771', '河南驻马店经济开发区', '河南驻马店经济开发区人民政府', 'county', 212, 34, '/1/34/212/2064/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2065, '420102', '420102', '江岸区', '江岸区人民政府', 'county', 213, 35, '/1/35/213/2065/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2066, '420103', '420103', '江汉区', '江汉区人民政府', 'county', 213, 35, '/1/35/213/2066/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2067, '420104', '420104', '硚口区', '硚口区人民政府', 'county', 213, 35, '/1/35/213/2067/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2068, '420105', '420105', '汉阳区', '汉阳区人民政府', 'county', 213, 35, '/1/35/213/2068/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2069, '420106', '420106', '武昌区', '武昌区人民政府', 'county', 213, 35, '/1/35/213/2069/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2070, '420107', '420107', '青山区', '青山区人民政府', 'county', 213, 35, '/1/35/213/2070/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2071, '420111', '420111', '洪山区', '洪山区人民政府', 'county', 213, 35, '/1/35/213/2071/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2072, '420112', '420112', '东西湖区', '东西湖区人民政府', 'county', 213, 35, '/1/35/213/2072/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2073, '420113', '420113', '汉南区', '汉南区人民政府', 'county', 213, 35, '/1/35/213/2073/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2074, '420114', '420114', '蔡甸区', '蔡甸区人民政府', 'county', 213, 35, '/1/35/213/2074/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2075, '420115', '420115', '江夏区', '江夏区人民政府', 'county', 213, 35, '/1/35/213/2075/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2076, '420116', '420116', '黄陂区', '黄陂区人民政府', 'county', 213, 35, '/1/35/213/2076/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2077, '420117', '420117', '新洲区', '新洲区人民政府', 'county', 213, 35, '/1/35/213/2077/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2078, '420202', '420202', '黄石港区', '黄石港区人民政府', 'county', 214, 35, '/1/35/214/2078/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2079, '420203', '420203', '西塞山区', '西塞山区人民政府', 'county', 214, 35, '/1/35/214/2079/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2080, '420204', '420204', '下陆区', '下陆区人民政府', 'county', 214, 35, '/1/35/214/2080/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2081, '420205', '420205', '铁山区', '铁山区人民政府', 'county', 214, 35, '/1/35/214/2081/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2082, '420222', '420222', '阳新县', '阳新县人民政府', 'county', 214, 35, '/1/35/214/2082/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2083, '420281', '420281', '大冶市', '大冶市人民政府', 'county', 214, 35, '/1/35/214/2083/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2084, '420302', '420302', '茅箭区', '茅箭区人民政府', 'county', 215, 35, '/1/35/215/2084/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2085, '420303', '420303', '张湾区', '张湾区人民政府', 'county', 215, 35, '/1/35/215/2085/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2086, '420304', '420304', '郧阳区', '郧阳区人民政府', 'county', 215, 35, '/1/35/215/2086/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2087, '420322', '420322', '郧西县', '郧西县人民政府', 'county', 215, 35, '/1/35/215/2087/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2088, '420323', '420323', '竹山县', '竹山县人民政府', 'county', 215, 35, '/1/35/215/2088/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2089, '420324', '420324', '竹溪县', '竹溪县人民政府', 'county', 215, 35, '/1/35/215/2089/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2090, '420325', '420325', '房县', '房县人民政府', 'county', 215, 35, '/1/35/215/2090/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2091, '420381', '420381', '丹江口市', '丹江口市人民政府', 'county', 215, 35, '/1/35/215/2091/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2092, '420502', '420502', '西陵区', '西陵区人民政府', 'county', 216, 35, '/1/35/216/2092/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2093, '420503', '420503', '伍家岗区', '伍家岗区人民政府', 'county', 216, 35, '/1/35/216/2093/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2094, '420504', '420504', '点军区', '点军区人民政府', 'county', 216, 35, '/1/35/216/2094/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2095, '420505', '420505', '猇亭区', '猇亭区人民政府', 'county', 216, 35, '/1/35/216/2095/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2096, '420506', '420506', '夷陵区', '夷陵区人民政府', 'county', 216, 35, '/1/35/216/2096/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2097, '420525', '420525', '远安县', '远安县人民政府', 'county', 216, 35, '/1/35/216/2097/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2098, '420526', '420526', '兴山县', '兴山县人民政府', 'county', 216, 35, '/1/35/216/2098/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2099, '420527', '420527', '秭归县', '秭归县人民政府', 'county', 216, 35, '/1/35/216/2099/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2100, '420528', '420528', '长阳土家族自治县', '长阳土家族自治县人民政府', 'county', 216, 35, '/1/35/216/2100/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2101, '420529', '420529', '五峰土家族自治县', '五峰土家族自治县人民政府', 'county', 216, 35, '/1/35/216/2101/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2102, '420581', '420581', '宜都市', '宜都市人民政府', 'county', 216, 35, '/1/35/216/2102/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2103, '420582', '420582', '当阳市', '当阳市人民政府', 'county', 216, 35, '/1/35/216/2103/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2104, '420583', '420583', '枝江市', '枝江市人民政府', 'county', 216, 35, '/1/35/216/2104/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2105, '420602', '420602', '襄城区', '襄城区人民政府', 'county', 217, 35, '/1/35/217/2105/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2106, '420606', '420606', '樊城区', '樊城区人民政府', 'county', 217, 35, '/1/35/217/2106/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2107, '420607', '420607', '襄州区', '襄州区人民政府', 'county', 217, 35, '/1/35/217/2107/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2108, '420624', '420624', '南漳县', '南漳县人民政府', 'county', 217, 35, '/1/35/217/2108/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2109, '420625', '420625', '谷城县', '谷城县人民政府', 'county', 217, 35, '/1/35/217/2109/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2110, '420626', '420626', '保康县', '保康县人民政府', 'county', 217, 35, '/1/35/217/2110/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2111, '420682', '420682', '老河口市', '老河口市人民政府', 'county', 217, 35, '/1/35/217/2111/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2112, '420683', '420683', '枣阳市', '枣阳市人民政府', 'county', 217, 35, '/1/35/217/2112/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2113, '420684', '420684', '宜城市', '宜城市人民政府', 'county', 217, 35, '/1/35/217/2113/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2114, '420702', '420702', '梁子湖区', '梁子湖区人民政府', 'county', 218, 35, '/1/35/218/2114/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2115, '420703', '420703', '华容区', '华容区人民政府', 'county', 218, 35, '/1/35/218/2115/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2116, '420704', '420704', '鄂城区', '鄂城区人民政府', 'county', 218, 35, '/1/35/218/2116/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2117, '420802', '420802', '东宝区', '东宝区人民政府', 'county', 219, 35, '/1/35/219/2117/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2118, '420804', '420804', '掇刀区', '掇刀区人民政府', 'county', 219, 35, '/1/35/219/2118/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2119, '420822', '420822', '沙洋县', '沙洋县人民政府', 'county', 219, 35, '/1/35/219/2119/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2120, '420881', '420881', '钟祥市', '钟祥市人民政府', 'county', 219, 35, '/1/35/219/2120/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2121, '420882', '420882', '京山市', '京山市人民政府', 'county', 219, 35, '/1/35/219/2121/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2122, '420902', '420902', '孝南区', '孝南区人民政府', 'county', 220, 35, '/1/35/220/2122/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2123, '420921', '420921', '孝昌县', '孝昌县人民政府', 'county', 220, 35, '/1/35/220/2123/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2124, '420922', '420922', '大悟县', '大悟县人民政府', 'county', 220, 35, '/1/35/220/2124/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2125, '420923', '420923', '云梦县', '云梦县人民政府', 'county', 220, 35, '/1/35/220/2125/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2126, '420981', '420981', '应城市', '应城市人民政府', 'county', 220, 35, '/1/35/220/2126/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2127, '420982', '420982', '安陆市', '安陆市人民政府', 'county', 220, 35, '/1/35/220/2127/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2128, '420984', '420984', '汉川市', '汉川市人民政府', 'county', 220, 35, '/1/35/220/2128/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2129, '421002', '421002', '沙市区', '沙市区人民政府', 'county', 221, 35, '/1/35/221/2129/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2130, '421003', '421003', '荆州区', '荆州区人民政府', 'county', 221, 35, '/1/35/221/2130/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2131, '421022', '421022', '公安县', '公安县人民政府', 'county', 221, 35, '/1/35/221/2131/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2132, '421024', '421024', '江陵县', '江陵县人民政府', 'county', 221, 35, '/1/35/221/2132/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2133, '421071', '421071', '荆州经济技术开发区', '荆州经济技术开发区人民政府', 'county', 221, 35, '/1/35/221/2133/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2134, '421081', '421081', '石首市', '石首市人民政府', 'county', 221, 35, '/1/35/221/2134/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2135, '421083', '421083', '洪湖市', '洪湖市人民政府', 'county', 221, 35, '/1/35/221/2135/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2136, '421087', '421087', '松滋市', '松滋市人民政府', 'county', 221, 35, '/1/35/221/2136/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2137, '421088', '421088', '监利市', '监利市人民政府', 'county', 221, 35, '/1/35/221/2137/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2138, '421102', '421102', '黄州区', '黄州区人民政府', 'county', 222, 35, '/1/35/222/2138/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2139, '421121', '421121', '团风县', '团风县人民政府', 'county', 222, 35, '/1/35/222/2139/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2140, '421122', '421122', '红安县', '红安县人民政府', 'county', 222, 35, '/1/35/222/2140/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2141, '421123', '421123', '罗田县', '罗田县人民政府', 'county', 222, 35, '/1/35/222/2141/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2142, '421124', '421124', '英山县', '英山县人民政府', 'county', 222, 35, '/1/35/222/2142/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2143, '421125', '421125', '浠水县', '浠水县人民政府', 'county', 222, 35, '/1/35/222/2143/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2144, '421126', '421126', '蕲春县', '蕲春县人民政府', 'county', 222, 35, '/1/35/222/2144/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2145, '421127', '421127', '黄梅县', '黄梅县人民政府', 'county', 222, 35, '/1/35/222/2145/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2146, '421171', '421171', '龙感湖管理区', '龙感湖管理区人民政府', 'county', 222, 35, '/1/35/222/2146/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2147, '421181', '421181', '麻城市', '麻城市人民政府', 'county', 222, 35, '/1/35/222/2147/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2148, '421182', '421182', '武穴市', '武穴市人民政府', 'county', 222, 35, '/1/35/222/2148/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2149, '421202', '421202', '咸安区', '咸安区人民政府', 'county', 223, 35, '/1/35/223/2149/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2150, '421221', '421221', '嘉鱼县', '嘉鱼县人民政府', 'county', 223, 35, '/1/35/223/2150/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2151, '421222', '421222', '通城县', '通城县人民政府', 'county', 223, 35, '/1/35/223/2151/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2152, '421223', '421223', '崇阳县', '崇阳县人民政府', 'county', 223, 35, '/1/35/223/2152/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2153, '421224', '421224', '通山县', '通山县人民政府', 'county', 223, 35, '/1/35/223/2153/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2154, '421281', '421281', '赤壁市', '赤壁市人民政府', 'county', 223, 35, '/1/35/223/2154/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2155, '421303', '421303', '曾都区', '曾都区人民政府', 'county', 224, 35, '/1/35/224/2155/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2156, '421321', '421321', '随县', '随县人民政府', 'county', 224, 35, '/1/35/224/2156/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2157, '421381', '421381', '广水市', '广水市人民政府', 'county', 224, 35, '/1/35/224/2157/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2158, '422801', '422801', '恩施市', '恩施市人民政府', 'county', 225, 35, '/1/35/225/2158/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2159, '422802', '422802', '利川市', '利川市人民政府', 'county', 225, 35, '/1/35/225/2159/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2160, '422822', '422822', '建始县', '建始县人民政府', 'county', 225, 35, '/1/35/225/2160/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2161, '422823', '422823', '巴东县', '巴东县人民政府', 'county', 225, 35, '/1/35/225/2161/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2162, '422825', '422825', '宣恩县', '宣恩县人民政府', 'county', 225, 35, '/1/35/225/2162/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2163, '422826', '422826', '咸丰县', '咸丰县人民政府', 'county', 225, 35, '/1/35/225/2163/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2164, '422827', '422827', '来凤县', '来凤县人民政府', 'county', 225, 35, '/1/35/225/2164/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2165, '422828', '422828', '鹤峰县', '鹤峰县人民政府', 'county', 225, 35, '/1/35/225/2165/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2166, '430102', '430102', '芙蓉区', '芙蓉区人民政府', 'county', 226, 36, '/1/36/226/2166/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2167, '430103', '430103', '天心区', '天心区人民政府', 'county', 226, 36, '/1/36/226/2167/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2168, '430104', '430104', '岳麓区', '岳麓区人民政府', 'county', 226, 36, '/1/36/226/2168/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2169, '430105', '430105', '开福区', '开福区人民政府', 'county', 226, 36, '/1/36/226/2169/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2170, '430111', '430111', '雨花区', '雨花区人民政府', 'county', 226, 36, '/1/36/226/2170/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2171, '430112', '430112', '望城区', '望城区人民政府', 'county', 226, 36, '/1/36/226/2171/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2172, '430121', '430121', '长沙县', '长沙县人民政府', 'county', 226, 36, '/1/36/226/2172/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2173, '430181', '430181', '浏阳市', '浏阳市人民政府', 'county', 226, 36, '/1/36/226/2173/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2174, '430182', '430182', '宁乡市', '宁乡市人民政府', 'county', 226, 36, '/1/36/226/2174/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2175, '430202', '430202', '荷塘区', '荷塘区人民政府', 'county', 227, 36, '/1/36/227/2175/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2176, '430203', '430203', '芦淞区', '芦淞区人民政府', 'county', 227, 36, '/1/36/227/2176/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2177, '430204', '430204', '石峰区', '石峰区人民政府', 'county', 227, 36, '/1/36/227/2177/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2178, '430211', '430211', '天元区', '天元区人民政府', 'county', 227, 36, '/1/36/227/2178/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2179, '430212', '430212', '渌口区', '渌口区人民政府', 'county', 227, 36, '/1/36/227/2179/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2180, '430223', '430223', '攸县', '攸县人民政府', 'county', 227, 36, '/1/36/227/2180/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2181, '430224', '430224', '茶陵县', '茶陵县人民政府', 'county', 227, 36, '/1/36/227/2181/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2182, '430225', '430225', '炎陵县', '炎陵县人民政府', 'county', 227, 36, '/1/36/227/2182/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2183, '430281', '430281', '醴陵市', '醴陵市人民政府', 'county', 227, 36, '/1/36/227/2183/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2184, '430302', '430302', '雨湖区', '雨湖区人民政府', 'county', 228, 36, '/1/36/228/2184/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2185, '430304', '430304', '岳塘区', '岳塘区人民政府', 'county', 228, 36, '/1/36/228/2185/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2186, '430321', '430321', '湘潭县', '湘潭县人民政府', 'county', 228, 36, '/1/36/228/2186/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2187, '430371', '430371', '湖南湘潭高新技术产业园区', '湖南湘潭高新技术产业园区人民政府', 'county', 228, 36, '/1/36/228/2187/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2188, '430372', '430372', '湘潭昭山示范区', '湘潭昭山示范区人民政府', 'county', 228, 36, '/1/36/228/2188/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2189, '430373', '430373', '湘潭九华示范区', '湘潭九华示范区人民政府', 'county', 228, 36, '/1/36/228/2189/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2190, '430381', '430381', '湘乡市', '湘乡市人民政府', 'county', 228, 36, '/1/36/228/2190/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2191, '430382', '430382', '韶山市', '韶山市人民政府', 'county', 228, 36, '/1/36/228/2191/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2192, '430405', '430405', '珠晖区', '珠晖区人民政府', 'county', 229, 36, '/1/36/229/2192/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2193, '430406', '430406', '雁峰区', '雁峰区人民政府', 'county', 229, 36, '/1/36/229/2193/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2194, '430407', '430407', '石鼓区', '石鼓区人民政府', 'county', 229, 36, '/1/36/229/2194/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2195, '430408', '430408', '蒸湘区', '蒸湘区人民政府', 'county', 229, 36, '/1/36/229/2195/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2196, '430412', '430412', '南岳区', '南岳区人民政府', 'county', 229, 36, '/1/36/229/2196/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2197, '430421', '430421', '衡阳县', '衡阳县人民政府', 'county', 229, 36, '/1/36/229/2197/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2198, '430422', '430422', '衡南县', '衡南县人民政府', 'county', 229, 36, '/1/36/229/2198/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2199, '430423', '430423', '衡山县', '衡山县人民政府', 'county', 229, 36, '/1/36/229/2199/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2200, '430424', '430424', '衡东县', '衡东县人民政府', 'county', 229, 36, '/1/36/229/2200/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2201, '430426', '430426', '祁东县', '祁东县人民政府', 'county', 229, 36, '/1/36/229/2201/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2202, '430473', '430473', '湖南衡阳松木经济开发区', '湖南衡阳松木经济开发区人民政府', 'county', 229, 36, '/1/36/229/2202/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2203, '430476', '430476', '湖南衡阳高新技术产业园区', '湖南衡阳高新技术产业园区人民政府', 'county', 229, 36, '/1/36/229/2203/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2204, '430481', '430481', '耒阳市', '耒阳市人民政府', 'county', 229, 36, '/1/36/229/2204/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2205, '430482', '430482', '常宁市', '常宁市人民政府', 'county', 229, 36, '/1/36/229/2205/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2206, '430502', '430502', '双清区', '双清区人民政府', 'county', 230, 36, '/1/36/230/2206/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2207, '430503', '430503', '大祥区', '大祥区人民政府', 'county', 230, 36, '/1/36/230/2207/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2208, '430511', '430511', '北塔区', '北塔区人民政府', 'county', 230, 36, '/1/36/230/2208/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2209, '430522', '430522', '新邵县', '新邵县人民政府', 'county', 230, 36, '/1/36/230/2209/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2210, '430523', '430523', '邵阳县', '邵阳县人民政府', 'county', 230, 36, '/1/36/230/2210/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2211, '430524', '430524', '隆回县', '隆回县人民政府', 'county', 230, 36, '/1/36/230/2211/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2212, '430525', '430525', '洞口县', '洞口县人民政府', 'county', 230, 36, '/1/36/230/2212/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2213, '430527', '430527', '绥宁县', '绥宁县人民政府', 'county', 230, 36, '/1/36/230/2213/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2214, '430528', '430528', '新宁县', '新宁县人民政府', 'county', 230, 36, '/1/36/230/2214/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2215, '430529', '430529', '城步苗族自治县', '城步苗族自治县人民政府', 'county', 230, 36, '/1/36/230/2215/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2216, '430581', '430581', '武冈市', '武冈市人民政府', 'county', 230, 36, '/1/36/230/2216/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2217, '430582', '430582', '邵东市', '邵东市人民政府', 'county', 230, 36, '/1/36/230/2217/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2218, '430602', '430602', '岳阳楼区', '岳阳楼区人民政府', 'county', 231, 36, '/1/36/231/2218/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2219, '430603', '430603', '云溪区', '云溪区人民政府', 'county', 231, 36, '/1/36/231/2219/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2220, '430611', '430611', '君山区', '君山区人民政府', 'county', 231, 36, '/1/36/231/2220/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2221, '430621', '430621', '岳阳县', '岳阳县人民政府', 'county', 231, 36, '/1/36/231/2221/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2222, '430623', '430623', '华容县', '华容县人民政府', 'county', 231, 36, '/1/36/231/2222/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2223, '430624', '430624', '湘阴县', '湘阴县人民政府', 'county', 231, 36, '/1/36/231/2223/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2224, '430626', '430626', '平江县', '平江县人民政府', 'county', 231, 36, '/1/36/231/2224/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2225, '430671', '430671', '岳阳市屈原管理区', '岳阳市屈原管理区人民政府', 'county', 231, 36, '/1/36/231/2225/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2226, '430681', '430681', '汨罗市', '汨罗市人民政府', 'county', 231, 36, '/1/36/231/2226/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2227, '430682', '430682', '临湘市', '临湘市人民政府', 'county', 231, 36, '/1/36/231/2227/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2228, '430702', '430702', '武陵区', '武陵区人民政府', 'county', 232, 36, '/1/36/232/2228/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2229, '430703', '430703', '鼎城区', '鼎城区人民政府', 'county', 232, 36, '/1/36/232/2229/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2230, '430721', '430721', '安乡县', '安乡县人民政府', 'county', 232, 36, '/1/36/232/2230/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2231, '430722', '430722', '汉寿县', '汉寿县人民政府', 'county', 232, 36, '/1/36/232/2231/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2232, '430723', '430723', '澧县', '澧县人民政府', 'county', 232, 36, '/1/36/232/2232/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2233, '430724', '430724', '临澧县', '临澧县人民政府', 'county', 232, 36, '/1/36/232/2233/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2234, '430725', '430725', '桃源县', '桃源县人民政府', 'county', 232, 36, '/1/36/232/2234/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2235, '430726', '430726', '石门县', '石门县人民政府', 'county', 232, 36, '/1/36/232/2235/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2236, '430771', '430771', '常德市西洞庭管理区', '常德市西洞庭管理区人民政府', 'county', 232, 36, '/1/36/232/2236/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2237, '430781', '430781', '津市市', '津市市人民政府', 'county', 232, 36, '/1/36/232/2237/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2238, '430802', '430802', '永定区', '永定区人民政府', 'county', 233, 36, '/1/36/233/2238/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2239, '430811', '430811', '武陵源区', '武陵源区人民政府', 'county', 233, 36, '/1/36/233/2239/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2240, '430821', '430821', '慈利县', '慈利县人民政府', 'county', 233, 36, '/1/36/233/2240/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2241, '430822', '430822', '桑植县', '桑植县人民政府', 'county', 233, 36, '/1/36/233/2241/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2242, '430902', '430902', '资阳区', '资阳区人民政府', 'county', 234, 36, '/1/36/234/2242/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2243, '430903', '430903', '赫山区', '赫山区人民政府', 'county', 234, 36, '/1/36/234/2243/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2244, '430921', '430921', '南县', '南县人民政府', 'county', 234, 36, '/1/36/234/2244/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2245, '430922', '430922', '桃江县', '桃江县人民政府', 'county', 234, 36, '/1/36/234/2245/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2246, '430923', '430923', '安化县', '安化县人民政府', 'county', 234, 36, '/1/36/234/2246/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2247, '430971', '430971', '益阳市大通湖管理区', '益阳市大通湖管理区人民政府', 'county', 234, 36, '/1/36/234/2247/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2248, '430972', '430972', '湖南益阳高新技术产业园区', '湖南益阳高新技术产业园区人民政府', 'county', 234, 36, '/1/36/234/2248/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2249, '430981', '430981', '沅江市', '沅江市人民政府', 'county', 234, 36, '/1/36/234/2249/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2250, '431002', '431002', '北湖区', '北湖区人民政府', 'county', 235, 36, '/1/36/235/2250/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2251, '431003', '431003', '苏仙区', '苏仙区人民政府', 'county', 235, 36, '/1/36/235/2251/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2252, '431021', '431021', '桂阳县', '桂阳县人民政府', 'county', 235, 36, '/1/36/235/2252/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2253, '431022', '431022', '宜章县', '宜章县人民政府', 'county', 235, 36, '/1/36/235/2253/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2254, '431023', '431023', '永兴县', '永兴县人民政府', 'county', 235, 36, '/1/36/235/2254/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2255, '431024', '431024', '嘉禾县', '嘉禾县人民政府', 'county', 235, 36, '/1/36/235/2255/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2256, '431025', '431025', '临武县', '临武县人民政府', 'county', 235, 36, '/1/36/235/2256/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2257, '431026', '431026', '汝城县', '汝城县人民政府', 'county', 235, 36, '/1/36/235/2257/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2258, '431027', '431027', '桂东县', '桂东县人民政府', 'county', 235, 36, '/1/36/235/2258/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2259, '431028', '431028', '安仁县', '安仁县人民政府', 'county', 235, 36, '/1/36/235/2259/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2260, '431081', '431081', '资兴市', '资兴市人民政府', 'county', 235, 36, '/1/36/235/2260/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2261, '431102', '431102', '零陵区', '零陵区人民政府', 'county', 236, 36, '/1/36/236/2261/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2262, '431103', '431103', '冷水滩区', '冷水滩区人民政府', 'county', 236, 36, '/1/36/236/2262/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2263, '431122', '431122', '东安县', '东安县人民政府', 'county', 236, 36, '/1/36/236/2263/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2264, '431123', '431123', '双牌县', '双牌县人民政府', 'county', 236, 36, '/1/36/236/2264/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2265, '431124', '431124', '道县', '道县人民政府', 'county', 236, 36, '/1/36/236/2265/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2266, '431125', '431125', '江永县', '江永县人民政府', 'county', 236, 36, '/1/36/236/2266/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2267, '431126', '431126', '宁远县', '宁远县人民政府', 'county', 236, 36, '/1/36/236/2267/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2268, '431127', '431127', '蓝山县', '蓝山县人民政府', 'county', 236, 36, '/1/36/236/2268/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2269, '431128', '431128', '新田县', '新田县人民政府', 'county', 236, 36, '/1/36/236/2269/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2270, '431129', '431129', '江华瑶族自治县', '江华瑶族自治县人民政府', 'county', 236, 36, '/1/36/236/2270/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2271, '431171', '431171', '永州经济技术开发区', '永州经济技术开发区人民政府', 'county', 236, 36, '/1/36/236/2271/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2272, '431173', '431173', '永州市回龙圩管理区', '永州市回龙圩管理区人民政府', 'county', 236, 36, '/1/36/236/2272/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2273, '431181', '431181', '祁阳市', '祁阳市人民政府', 'county', 236, 36, '/1/36/236/2273/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2274, '431202', '431202', '鹤城区', '鹤城区人民政府', 'county', 237, 36, '/1/36/237/2274/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2275, '431221', '431221', '中方县', '中方县人民政府', 'county', 237, 36, '/1/36/237/2275/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2276, '431222', '431222', '沅陵县', '沅陵县人民政府', 'county', 237, 36, '/1/36/237/2276/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2277, '431223', '431223', '辰溪县', '辰溪县人民政府', 'county', 237, 36, '/1/36/237/2277/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2278, '431224', '431224', '溆浦县', '溆浦县人民政府', 'county', 237, 36, '/1/36/237/2278/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2279, '431225', '431225', '会同县', '会同县人民政府', 'county', 237, 36, '/1/36/237/2279/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2280, '431226', '431226', '麻阳苗族自治县', '麻阳苗族自治县人民政府', 'county', 237, 36, '/1/36/237/2280/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2281, '431227', '431227', '新晃侗族自治县', '新晃侗族自治县人民政府', 'county', 237, 36, '/1/36/237/2281/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2282, '431228', '431228', '芷江侗族自治县', '芷江侗族自治县人民政府', 'county', 237, 36, '/1/36/237/2282/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2283, '431229', '431229', '靖州苗族侗族自治县', '靖州苗族侗族自治县人民政府', 'county', 237, 36, '/1/36/237/2283/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2284, '431230', '431230', '通道侗族自治县', '通道侗族自治县人民政府', 'county', 237, 36, '/1/36/237/2284/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2285, '431271', '431271', '怀化市洪江管理区', '怀化市洪江管理区人民政府', 'county', 237, 36, '/1/36/237/2285/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2286, '431281', '431281', '洪江市', '洪江市人民政府', 'county', 237, 36, '/1/36/237/2286/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2287, '431302', '431302', '娄星区', '娄星区人民政府', 'county', 238, 36, '/1/36/238/2287/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2288, '431321', '431321', '双峰县', '双峰县人民政府', 'county', 238, 36, '/1/36/238/2288/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2289, '431322', '431322', '新化县', '新化县人民政府', 'county', 238, 36, '/1/36/238/2289/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2290, '431381', '431381', '冷水江市', '冷水江市人民政府', 'county', 238, 36, '/1/36/238/2290/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2291, '431382', '431382', '涟源市', '涟源市人民政府', 'county', 238, 36, '/1/36/238/2291/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2292, '433101', '433101', '吉首市', '吉首市人民政府', 'county', 239, 36, '/1/36/239/2292/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2293, '433122', '433122', '泸溪县', '泸溪县人民政府', 'county', 239, 36, '/1/36/239/2293/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2294, '433123', '433123', '凤凰县', '凤凰县人民政府', 'county', 239, 36, '/1/36/239/2294/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2295, '433124', '433124', '花垣县', '花垣县人民政府', 'county', 239, 36, '/1/36/239/2295/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2296, '433125', '433125', '保靖县', '保靖县人民政府', 'county', 239, 36, '/1/36/239/2296/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2297, '433126', '433126', '古丈县', '古丈县人民政府', 'county', 239, 36, '/1/36/239/2297/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2298, '433127', '433127', '永顺县', '永顺县人民政府', 'county', 239, 36, '/1/36/239/2298/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2299, '433130', '433130', '龙山县', '龙山县人民政府', 'county', 239, 36, '/1/36/239/2299/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2300, '440103', '440103', '荔湾区', '荔湾区人民政府', 'county', 240, 37, '/1/37/240/2300/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2301, '440104', '440104', '越秀区', '越秀区人民政府', 'county', 240, 37, '/1/37/240/2301/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2302, '440105', '440105', '海珠区', '海珠区人民政府', 'county', 240, 37, '/1/37/240/2302/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2303, '440106', '440106', '天河区', '天河区人民政府', 'county', 240, 37, '/1/37/240/2303/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2304, '440111', '440111', '白云区', '白云区人民政府', 'county', 240, 37, '/1/37/240/2304/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2305, '440112', '440112', '黄埔区', '黄埔区人民政府', 'county', 240, 37, '/1/37/240/2305/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2306, '440113', '440113', '番禺区', '番禺区人民政府', 'county', 240, 37, '/1/37/240/2306/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2307, '440114', '440114', '花都区', '花都区人民政府', 'county', 240, 37, '/1/37/240/2307/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2308, '440115', '440115', '南沙区', '南沙区人民政府', 'county', 240, 37, '/1/37/240/2308/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2309, '440117', '440117', '从化区', '从化区人民政府', 'county', 240, 37, '/1/37/240/2309/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2310, '440118', '440118', '增城区', '增城区人民政府', 'county', 240, 37, '/1/37/240/2310/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2311, '440203', '440203', '武江区', '武江区人民政府', 'county', 241, 37, '/1/37/241/2311/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2312, '440204', '440204', '浈江区', '浈江区人民政府', 'county', 241, 37, '/1/37/241/2312/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2313, '440205', '440205', '曲江区', '曲江区人民政府', 'county', 241, 37, '/1/37/241/2313/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2314, '440222', '440222', '始兴县', '始兴县人民政府', 'county', 241, 37, '/1/37/241/2314/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2315, '440224', '440224', '仁化县', '仁化县人民政府', 'county', 241, 37, '/1/37/241/2315/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2316, '440229', '440229', '翁源县', '翁源县人民政府', 'county', 241, 37, '/1/37/241/2316/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2317, '440232', '440232', '乳源瑶族自治县', '乳源瑶族自治县人民政府', 'county', 241, 37, '/1/37/241/2317/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2318, '440233', '440233', '新丰县', '新丰县人民政府', 'county', 241, 37, '/1/37/241/2318/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2319, '440281', '440281', '乐昌市', '乐昌市人民政府', 'county', 241, 37, '/1/37/241/2319/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2320, '440282', '440282', '南雄市', '南雄市人民政府', 'county', 241, 37, '/1/37/241/2320/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2321, '440303', '440303', '罗湖区', '罗湖区人民政府', 'county', 242, 37, '/1/37/242/2321/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2322, '440304', '440304', '福田区', '福田区人民政府', 'county', 242, 37, '/1/37/242/2322/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2323, '440305', '440305', '南山区', '南山区人民政府', 'county', 242, 37, '/1/37/242/2323/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2324, '440306', '440306', '宝安区', '宝安区人民政府', 'county', 242, 37, '/1/37/242/2324/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2325, '440307', '440307', '龙岗区', '龙岗区人民政府', 'county', 242, 37, '/1/37/242/2325/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2326, '440308', '440308', '盐田区', '盐田区人民政府', 'county', 242, 37, '/1/37/242/2326/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2327, '440309', '440309', '龙华区', '龙华区人民政府', 'county', 242, 37, '/1/37/242/2327/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2328, '440310', '440310', '坪山区', '坪山区人民政府', 'county', 242, 37, '/1/37/242/2328/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2329, '440311', '440311', '光明区', '光明区人民政府', 'county', 242, 37, '/1/37/242/2329/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2330, '440402', '440402', '香洲区', '香洲区人民政府', 'county', 243, 37, '/1/37/243/2330/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2331, '440403', '440403', '斗门区', '斗门区人民政府', 'county', 243, 37, '/1/37/243/2331/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2332, '440404', '440404', '金湾区', '金湾区人民政府', 'county', 243, 37, '/1/37/243/2332/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2333, '440507', '440507', '龙湖区', '龙湖区人民政府', 'county', 244, 37, '/1/37/244/2333/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2334, '440511', '440511', '金平区', '金平区人民政府', 'county', 244, 37, '/1/37/244/2334/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2335, '440512', '440512', '濠江区', '濠江区人民政府', 'county', 244, 37, '/1/37/244/2335/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2336, '440513', '440513', '潮阳区', '潮阳区人民政府', 'county', 244, 37, '/1/37/244/2336/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2337, '440514', '440514', '潮南区', '潮南区人民政府', 'county', 244, 37, '/1/37/244/2337/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2338, '440515', '440515', '澄海区', '澄海区人民政府', 'county', 244, 37, '/1/37/244/2338/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2339, '440523', '440523', '南澳县', '南澳县人民政府', 'county', 244, 37, '/1/37/244/2339/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2340, '440604', '440604', '禅城区', '禅城区人民政府', 'county', 245, 37, '/1/37/245/2340/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2341, '440605', '440605', '南海区', '南海区人民政府', 'county', 245, 37, '/1/37/245/2341/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2342, '440606', '440606', '顺德区', '顺德区人民政府', 'county', 245, 37, '/1/37/245/2342/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2343, '440607', '440607', '三水区', '三水区人民政府', 'county', 245, 37, '/1/37/245/2343/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2344, '440608', '440608', '高明区', '高明区人民政府', 'county', 245, 37, '/1/37/245/2344/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2345, '440703', '440703', '蓬江区', '蓬江区人民政府', 'county', 246, 37, '/1/37/246/2345/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2346, '440704', '440704', '江海区', '江海区人民政府', 'county', 246, 37, '/1/37/246/2346/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2347, '440705', '440705', '新会区', '新会区人民政府', 'county', 246, 37, '/1/37/246/2347/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2348, '440781', '440781', '台山市', '台山市人民政府', 'county', 246, 37, '/1/37/246/2348/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2349, '440783', '440783', '开平市', '开平市人民政府', 'county', 246, 37, '/1/37/246/2349/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2350, '440784', '440784', '鹤山市', '鹤山市人民政府', 'county', 246, 37, '/1/37/246/2350/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2351, '440785', '440785', '恩平市', '恩平市人民政府', 'county', 246, 37, '/1/37/246/2351/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2352, '440802', '440802', '赤坎区', '赤坎区人民政府', 'county', 247, 37, '/1/37/247/2352/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2353, '440803', '440803', '霞山区', '霞山区人民政府', 'county', 247, 37, '/1/37/247/2353/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2354, '440804', '440804', '坡头区', '坡头区人民政府', 'county', 247, 37, '/1/37/247/2354/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2355, '440811', '440811', '麻章区', '麻章区人民政府', 'county', 247, 37, '/1/37/247/2355/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2356, '440823', '440823', '遂溪县', '遂溪县人民政府', 'county', 247, 37, '/1/37/247/2356/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2357, '440825', '440825', '徐闻县', '徐闻县人民政府', 'county', 247, 37, '/1/37/247/2357/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2358, '440881', '440881', '廉江市', '廉江市人民政府', 'county', 247, 37, '/1/37/247/2358/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2359, '440882', '440882', '雷州市', '雷州市人民政府', 'county', 247, 37, '/1/37/247/2359/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2360, '440883', '440883', '吴川市', '吴川市人民政府', 'county', 247, 37, '/1/37/247/2360/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2361, '440902', '440902', '茂南区', '茂南区人民政府', 'county', 248, 37, '/1/37/248/2361/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2362, '440904', '440904', '电白区', '电白区人民政府', 'county', 248, 37, '/1/37/248/2362/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2363, '440981', '440981', '高州市', '高州市人民政府', 'county', 248, 37, '/1/37/248/2363/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2364, '440982', '440982', '化州市', '化州市人民政府', 'county', 248, 37, '/1/37/248/2364/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2365, '440983', '440983', '信宜市', '信宜市人民政府', 'county', 248, 37, '/1/37/248/2365/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2366, '441202', '441202', '端州区', '端州区人民政府', 'county', 249, 37, '/1/37/249/2366/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2367, '441203', '441203', '鼎湖区', '鼎湖区人民政府', 'county', 249, 37, '/1/37/249/2367/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2368, '441204', '441204', '高要区', '高要区人民政府', 'county', 249, 37, '/1/37/249/2368/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2369, '441223', '441223', '广宁县', '广宁县人民政府', 'county', 249, 37, '/1/37/249/2369/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2370, '441224', '441224', '怀集县', '怀集县人民政府', 'county', 249, 37, '/1/37/249/2370/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2371, '441225', '441225', '封开县', '封开县人民政府', 'county', 249, 37, '/1/37/249/2371/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2372, '441226', '441226', '德庆县', '德庆县人民政府', 'county', 249, 37, '/1/37/249/2372/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2373, '441284', '441284', '四会市', '四会市人民政府', 'county', 249, 37, '/1/37/249/2373/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2374, '441302', '441302', '惠城区', '惠城区人民政府', 'county', 250, 37, '/1/37/250/2374/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2375, '441303', '441303', '惠阳区', '惠阳区人民政府', 'county', 250, 37, '/1/37/250/2375/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2376, '441322', '441322', '博罗县', '博罗县人民政府', 'county', 250, 37, '/1/37/250/2376/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2377, '441323', '441323', '惠东县', '惠东县人民政府', 'county', 250, 37, '/1/37/250/2377/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2378, '441324', '441324', '龙门县', '龙门县人民政府', 'county', 250, 37, '/1/37/250/2378/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2379, '441402', '441402', '梅江区', '梅江区人民政府', 'county', 251, 37, '/1/37/251/2379/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2380, '441403', '441403', '梅县区', '梅县区人民政府', 'county', 251, 37, '/1/37/251/2380/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2381, '441422', '441422', '大埔县', '大埔县人民政府', 'county', 251, 37, '/1/37/251/2381/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2382, '441423', '441423', '丰顺县', '丰顺县人民政府', 'county', 251, 37, '/1/37/251/2382/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2383, '441424', '441424', '五华县', '五华县人民政府', 'county', 251, 37, '/1/37/251/2383/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2384, '441426', '441426', '平远县', '平远县人民政府', 'county', 251, 37, '/1/37/251/2384/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2385, '441427', '441427', '蕉岭县', '蕉岭县人民政府', 'county', 251, 37, '/1/37/251/2385/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2386, '441481', '441481', '兴宁市', '兴宁市人民政府', 'county', 251, 37, '/1/37/251/2386/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2387, '441502', '441502', '城区', '城区人民政府', 'county', 252, 37, '/1/37/252/2387/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2388, '441521', '441521', '海丰县', '海丰县人民政府', 'county', 252, 37, '/1/37/252/2388/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2389, '441523', '441523', '陆河县', '陆河县人民政府', 'county', 252, 37, '/1/37/252/2389/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2390, '441581', '441581', '陆丰市', '陆丰市人民政府', 'county', 252, 37, '/1/37/252/2390/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2391, '441602', '441602', '源城区', '源城区人民政府', 'county', 253, 37, '/1/37/253/2391/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2392, '441621', '441621', '紫金县', '紫金县人民政府', 'county', 253, 37, '/1/37/253/2392/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2393, '441622', '441622', '龙川县', '龙川县人民政府', 'county', 253, 37, '/1/37/253/2393/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2394, '441623', '441623', '连平县', '连平县人民政府', 'county', 253, 37, '/1/37/253/2394/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2395, '441624', '441624', '和平县', '和平县人民政府', 'county', 253, 37, '/1/37/253/2395/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2396, '441625', '441625', '东源县', '东源县人民政府', 'county', 253, 37, '/1/37/253/2396/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2397, '441702', '441702', '江城区', '江城区人民政府', 'county', 254, 37, '/1/37/254/2397/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2398, '441704', '441704', '阳东区', '阳东区人民政府', 'county', 254, 37, '/1/37/254/2398/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2399, '441721', '441721', '阳西县', '阳西县人民政府', 'county', 254, 37, '/1/37/254/2399/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2400, '441781', '441781', '阳春市', '阳春市人民政府', 'county', 254, 37, '/1/37/254/2400/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2401, '441802', '441802', '清城区', '清城区人民政府', 'county', 255, 37, '/1/37/255/2401/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2402, '441803', '441803', '清新区', '清新区人民政府', 'county', 255, 37, '/1/37/255/2402/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2403, '441821', '441821', '佛冈县', '佛冈县人民政府', 'county', 255, 37, '/1/37/255/2403/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2404, '441823', '441823', '阳山县', '阳山县人民政府', 'county', 255, 37, '/1/37/255/2404/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2405, '441825', '441825', '连山壮族瑶族自治县', '连山壮族瑶族自治县人民政府', 'county', 255, 37, '/1/37/255/2405/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2406, '441826', '441826', '连南瑶族自治县', '连南瑶族自治县人民政府', 'county', 255, 37, '/1/37/255/2406/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2407, '441881', '441881', '英德市', '英德市人民政府', 'county', 255, 37, '/1/37/255/2407/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2408, '441882', '441882', '连州市', '连州市人民政府', 'county', 255, 37, '/1/37/255/2408/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2409, '445102', '445102', '湘桥区', '湘桥区人民政府', 'county', 258, 37, '/1/37/258/2409/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2410, '445103', '445103', '潮安区', '潮安区人民政府', 'county', 258, 37, '/1/37/258/2410/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2411, '445122', '445122', '饶平县', '饶平县人民政府', 'county', 258, 37, '/1/37/258/2411/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2412, '445202', '445202', '榕城区', '榕城区人民政府', 'county', 259, 37, '/1/37/259/2412/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2413, '445203', '445203', '揭东区', '揭东区人民政府', 'county', 259, 37, '/1/37/259/2413/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2414, '445222', '445222', '揭西县', '揭西县人民政府', 'county', 259, 37, '/1/37/259/2414/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2415, '445224', '445224', '惠来县', '惠来县人民政府', 'county', 259, 37, '/1/37/259/2415/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2416, '445281', '445281', '普宁市', '普宁市人民政府', 'county', 259, 37, '/1/37/259/2416/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2417, '445302', '445302', '云城区', '云城区人民政府', 'county', 260, 37, '/1/37/260/2417/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2418, '445303', '445303', '云安区', '云安区人民政府', 'county', 260, 37, '/1/37/260/2418/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2419, '445321', '445321', '新兴县', '新兴县人民政府', 'county', 260, 37, '/1/37/260/2419/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2420, '445322', '445322', '郁南县', '郁南县人民政府', 'county', 260, 37, '/1/37/260/2420/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2421, '445381', '445381', '罗定市', '罗定市人民政府', 'county', 260, 37, '/1/37/260/2421/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2422, '450102', '450102', '兴宁区', '兴宁区人民政府', 'county', 261, 38, '/1/38/261/2422/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2423, '450103', '450103', '青秀区', '青秀区人民政府', 'county', 261, 38, '/1/38/261/2423/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2424, '450105', '450105', '江南区', '江南区人民政府', 'county', 261, 38, '/1/38/261/2424/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2425, '450107', '450107', '西乡塘区', '西乡塘区人民政府', 'county', 261, 38, '/1/38/261/2425/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2426, '450108', '450108', '良庆区', '良庆区人民政府', 'county', 261, 38, '/1/38/261/2426/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2427, '450109', '450109', '邕宁区', '邕宁区人民政府', 'county', 261, 38, '/1/38/261/2427/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2428, '450110', '450110', '武鸣区', '武鸣区人民政府', 'county', 261, 38, '/1/38/261/2428/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2429, '450123', '450123', '隆安县', '隆安县人民政府', 'county', 261, 38, '/1/38/261/2429/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2430, '450124', '450124', '马山县', '马山县人民政府', 'county', 261, 38, '/1/38/261/2430/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2431, '450125', '450125', '上林县', '上林县人民政府', 'county', 261, 38, '/1/38/261/2431/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2432, '450126', '450126', '宾阳县', '宾阳县人民政府', 'county', 261, 38, '/1/38/261/2432/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2433, '450181', '450181', '横州市', '横州市人民政府', 'county', 261, 38, '/1/38/261/2433/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2434, '450202', '450202', '城中区', '城中区人民政府', 'county', 262, 38, '/1/38/262/2434/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2435, '450203', '450203', '鱼峰区', '鱼峰区人民政府', 'county', 262, 38, '/1/38/262/2435/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2436, '450204', '450204', '柳南区', '柳南区人民政府', 'county', 262, 38, '/1/38/262/2436/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2437, '450205', '450205', '柳北区', '柳北区人民政府', 'county', 262, 38, '/1/38/262/2437/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2438, '450206', '450206', '柳江区', '柳江区人民政府', 'county', 262, 38, '/1/38/262/2438/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2439, '450222', '450222', '柳城县', '柳城县人民政府', 'county', 262, 38, '/1/38/262/2439/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2440, '450223', '450223', '鹿寨县', '鹿寨县人民政府', 'county', 262, 38, '/1/38/262/2440/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2441, '450224', '450224', '融安县', '融安县人民政府', 'county', 262, 38, '/1/38/262/2441/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2442, '450225', '450225', '融水苗族自治县', '融水苗族自治县人民政府', 'county', 262, 38, '/1/38/262/2442/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2443, '450226', '450226', '三江侗族自治县', '三江侗族自治县人民政府', 'county', 262, 38, '/1/38/262/2443/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2444, '450302', '450302', '秀峰区', '秀峰区人民政府', 'county', 263, 38, '/1/38/263/2444/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2445, '450303', '450303', '叠彩区', '叠彩区人民政府', 'county', 263, 38, '/1/38/263/2445/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2446, '450304', '450304', '象山区', '象山区人民政府', 'county', 263, 38, '/1/38/263/2446/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2447, '450305', '450305', '七星区', '七星区人民政府', 'county', 263, 38, '/1/38/263/2447/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2448, '450311', '450311', '雁山区', '雁山区人民政府', 'county', 263, 38, '/1/38/263/2448/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2449, '450312', '450312', '临桂区', '临桂区人民政府', 'county', 263, 38, '/1/38/263/2449/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2450, '450321', '450321', '阳朔县', '阳朔县人民政府', 'county', 263, 38, '/1/38/263/2450/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2451, '450323', '450323', '灵川县', '灵川县人民政府', 'county', 263, 38, '/1/38/263/2451/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2452, '450324', '450324', '全州县', '全州县人民政府', 'county', 263, 38, '/1/38/263/2452/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2453, '450325', '450325', '兴安县', '兴安县人民政府', 'county', 263, 38, '/1/38/263/2453/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2454, '450326', '450326', '永福县', '永福县人民政府', 'county', 263, 38, '/1/38/263/2454/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2455, '450327', '450327', '灌阳县', '灌阳县人民政府', 'county', 263, 38, '/1/38/263/2455/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2456, '450328', '450328', '龙胜各族自治县', '龙胜各族自治县人民政府', 'county', 263, 38, '/1/38/263/2456/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2457, '450329', '450329', '资源县', '资源县人民政府', 'county', 263, 38, '/1/38/263/2457/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2458, '450330', '450330', '平乐县', '平乐县人民政府', 'county', 263, 38, '/1/38/263/2458/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2459, '450332', '450332', '恭城瑶族自治县', '恭城瑶族自治县人民政府', 'county', 263, 38, '/1/38/263/2459/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2460, '450381', '450381', '荔浦市', '荔浦市人民政府', 'county', 263, 38, '/1/38/263/2460/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2461, '450403', '450403', '万秀区', '万秀区人民政府', 'county', 264, 38, '/1/38/264/2461/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2462, '450405', '450405', '长洲区', '长洲区人民政府', 'county', 264, 38, '/1/38/264/2462/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2463, '450406', '450406', '龙圩区', '龙圩区人民政府', 'county', 264, 38, '/1/38/264/2463/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2464, '450421', '450421', '苍梧县', '苍梧县人民政府', 'county', 264, 38, '/1/38/264/2464/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2465, '450422', '450422', '藤县', '藤县人民政府', 'county', 264, 38, '/1/38/264/2465/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2466, '450423', '450423', '蒙山县', '蒙山县人民政府', 'county', 264, 38, '/1/38/264/2466/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2467, '450481', '450481', '岑溪市', '岑溪市人民政府', 'county', 264, 38, '/1/38/264/2467/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2468, '450502', '450502', '海城区', '海城区人民政府', 'county', 265, 38, '/1/38/265/2468/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2469, '450503', '450503', '银海区', '银海区人民政府', 'county', 265, 38, '/1/38/265/2469/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2470, '450512', '450512', '铁山港区', '铁山港区人民政府', 'county', 265, 38, '/1/38/265/2470/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2471, '450521', '450521', '合浦县', '合浦县人民政府', 'county', 265, 38, '/1/38/265/2471/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2472, '450602', '450602', '港口区', '港口区人民政府', 'county', 266, 38, '/1/38/266/2472/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2473, '450603', '450603', '防城区', '防城区人民政府', 'county', 266, 38, '/1/38/266/2473/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2474, '450621', '450621', '上思县', '上思县人民政府', 'county', 266, 38, '/1/38/266/2474/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2475, '450681', '450681', '东兴市', '东兴市人民政府', 'county', 266, 38, '/1/38/266/2475/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2476, '450702', '450702', '钦南区', '钦南区人民政府', 'county', 267, 38, '/1/38/267/2476/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2477, '450703', '450703', '钦北区', '钦北区人民政府', 'county', 267, 38, '/1/38/267/2477/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2478, '450721', '450721', '灵山县', '灵山县人民政府', 'county', 267, 38, '/1/38/267/2478/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2479, '450722', '450722', '浦北县', '浦北县人民政府', 'county', 267, 38, '/1/38/267/2479/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2480, '450802', '450802', '港北区', '港北区人民政府', 'county', 268, 38, '/1/38/268/2480/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2481, '450803', '450803', '港南区', '港南区人民政府', 'county', 268, 38, '/1/38/268/2481/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2482, '450804', '450804', '覃塘区', '覃塘区人民政府', 'county', 268, 38, '/1/38/268/2482/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2483, '450821', '450821', '平南县', '平南县人民政府', 'county', 268, 38, '/1/38/268/2483/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2484, '450881', '450881', '桂平市', '桂平市人民政府', 'county', 268, 38, '/1/38/268/2484/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2485, '450902', '450902', '玉州区', '玉州区人民政府', 'county', 269, 38, '/1/38/269/2485/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2486, '450903', '450903', '福绵区', '福绵区人民政府', 'county', 269, 38, '/1/38/269/2486/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2487, '450921', '450921', '容县', '容县人民政府', 'county', 269, 38, '/1/38/269/2487/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2488, '450922', '450922', '陆川县', '陆川县人民政府', 'county', 269, 38, '/1/38/269/2488/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2489, '450923', '450923', '博白县', '博白县人民政府', 'county', 269, 38, '/1/38/269/2489/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2490, '450924', '450924', '兴业县', '兴业县人民政府', 'county', 269, 38, '/1/38/269/2490/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2491, '450981', '450981', '北流市', '北流市人民政府', 'county', 269, 38, '/1/38/269/2491/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2492, '451002', '451002', '右江区', '右江区人民政府', 'county', 270, 38, '/1/38/270/2492/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2493, '451003', '451003', '田阳区', '田阳区人民政府', 'county', 270, 38, '/1/38/270/2493/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2494, '451022', '451022', '田东县', '田东县人民政府', 'county', 270, 38, '/1/38/270/2494/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2495, '451024', '451024', '德保县', '德保县人民政府', 'county', 270, 38, '/1/38/270/2495/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2496, '451026', '451026', '那坡县', '那坡县人民政府', 'county', 270, 38, '/1/38/270/2496/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2497, '451027', '451027', '凌云县', '凌云县人民政府', 'county', 270, 38, '/1/38/270/2497/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2498, '451028', '451028', '乐业县', '乐业县人民政府', 'county', 270, 38, '/1/38/270/2498/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2499, '451029', '451029', '田林县', '田林县人民政府', 'county', 270, 38, '/1/38/270/2499/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2500, '451030', '451030', '西林县', '西林县人民政府', 'county', 270, 38, '/1/38/270/2500/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2501, '451031', '451031', '隆林各族自治县', '隆林各族自治县人民政府', 'county', 270, 38, '/1/38/270/2501/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2502, '451081', '451081', '靖西市', '靖西市人民政府', 'county', 270, 38, '/1/38/270/2502/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2503, '451082', '451082', '平果市', '平果市人民政府', 'county', 270, 38, '/1/38/270/2503/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2504, '451102', '451102', '八步区', '八步区人民政府', 'county', 271, 38, '/1/38/271/2504/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2505, '451103', '451103', '平桂区', '平桂区人民政府', 'county', 271, 38, '/1/38/271/2505/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2506, '451121', '451121', '昭平县', '昭平县人民政府', 'county', 271, 38, '/1/38/271/2506/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2507, '451122', '451122', '钟山县', '钟山县人民政府', 'county', 271, 38, '/1/38/271/2507/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2508, '451123', '451123', '富川瑶族自治县', '富川瑶族自治县人民政府', 'county', 271, 38, '/1/38/271/2508/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2509, '451202', '451202', '金城江区', '金城江区人民政府', 'county', 272, 38, '/1/38/272/2509/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2510, '451203', '451203', '宜州区', '宜州区人民政府', 'county', 272, 38, '/1/38/272/2510/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2511, '451221', '451221', '南丹县', '南丹县人民政府', 'county', 272, 38, '/1/38/272/2511/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2512, '451222', '451222', '天峨县', '天峨县人民政府', 'county', 272, 38, '/1/38/272/2512/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2513, '451223', '451223', '凤山县', '凤山县人民政府', 'county', 272, 38, '/1/38/272/2513/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2514, '451224', '451224', '东兰县', '东兰县人民政府', 'county', 272, 38, '/1/38/272/2514/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2515, '451225', '451225', '罗城仫佬族自治县', '罗城仫佬族自治县人民政府', 'county', 272, 38, '/1/38/272/2515/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2516, '451226', '451226', '环江毛南族自治县', '环江毛南族自治县人民政府', 'county', 272, 38, '/1/38/272/2516/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2517, '451227', '451227', '巴马瑶族自治县', '巴马瑶族自治县人民政府', 'county', 272, 38, '/1/38/272/2517/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2518, '451228', '451228', '都安瑶族自治县', '都安瑶族自治县人民政府', 'county', 272, 38, '/1/38/272/2518/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2519, '451229', '451229', '大化瑶族自治县', '大化瑶族自治县人民政府', 'county', 272, 38, '/1/38/272/2519/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2520, '451302', '451302', '兴宾区', '兴宾区人民政府', 'county', 273, 38, '/1/38/273/2520/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2521, '451321', '451321', '忻城县', '忻城县人民政府', 'county', 273, 38, '/1/38/273/2521/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2522, '451322', '451322', '象州县', '象州县人民政府', 'county', 273, 38, '/1/38/273/2522/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2523, '451323', '451323', '武宣县', '武宣县人民政府', 'county', 273, 38, '/1/38/273/2523/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2524, '451324', '451324', '金秀瑶族自治县', '金秀瑶族自治县人民政府', 'county', 273, 38, '/1/38/273/2524/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2525, '451381', '451381', '合山市', '合山市人民政府', 'county', 273, 38, '/1/38/273/2525/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2526, '451402', '451402', '江州区', '江州区人民政府', 'county', 274, 38, '/1/38/274/2526/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2527, '451421', '451421', '扶绥县', '扶绥县人民政府', 'county', 274, 38, '/1/38/274/2527/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2528, '451422', '451422', '宁明县', '宁明县人民政府', 'county', 274, 38, '/1/38/274/2528/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2529, '451423', '451423', '龙州县', '龙州县人民政府', 'county', 274, 38, '/1/38/274/2529/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2530, '451424', '451424', '大新县', '大新县人民政府', 'county', 274, 38, '/1/38/274/2530/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2531, '451425', '451425', '天等县', '天等县人民政府', 'county', 274, 38, '/1/38/274/2531/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2532, '451481', '451481', '凭祥市', '凭祥市人民政府', 'county', 274, 38, '/1/38/274/2532/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2533, '460105', '460105', '秀英区', '秀英区人民政府', 'county', 275, 39, '/1/39/275/2533/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2534, '460106', '460106', '龙华区', '龙华区人民政府', 'county', 275, 39, '/1/39/275/2534/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2535, '460107', '460107', '琼山区', '琼山区人民政府', 'county', 275, 39, '/1/39/275/2535/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2536, '460108', '460108', '美兰区', '美兰区人民政府', 'county', 275, 39, '/1/39/275/2536/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2537, '460202', '460202', '海棠区', '海棠区人民政府', 'county', 276, 39, '/1/39/276/2537/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2538, '460203', '460203', '吉阳区', '吉阳区人民政府', 'county', 276, 39, '/1/39/276/2538/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2539, '460204', '460204', '天涯区', '天涯区人民政府', 'county', 276, 39, '/1/39/276/2539/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2540, '460205', '460205', '崖州区', '崖州区人民政府', 'county', 276, 39, '/1/39/276/2540/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2541, '460321', '460321', '西沙群岛', '西沙群岛人民政府', 'county', 277, 39, '/1/39/277/2541/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2542, '460322', '460322', '南沙群岛', '南沙群岛人民政府', 'county', 277, 39, '/1/39/277/2542/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2543, '460323', '460323', '中沙群岛的岛礁及其海域', '中沙群岛的岛礁及其海域人民政府', 'county', 277, 39, '/1/39/277/2543/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2544, '510104', '510104', '锦江区', '锦江区人民政府', 'county', 279, 41, '/1/41/279/2544/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2545, '510105', '510105', '青羊区', '青羊区人民政府', 'county', 279, 41, '/1/41/279/2545/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2546, '510106', '510106', '金牛区', '金牛区人民政府', 'county', 279, 41, '/1/41/279/2546/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2547, '510107', '510107', '武侯区', '武侯区人民政府', 'county', 279, 41, '/1/41/279/2547/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2548, '510108', '510108', '成华区', '成华区人民政府', 'county', 279, 41, '/1/41/279/2548/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2549, '510112', '510112', '龙泉驿区', '龙泉驿区人民政府', 'county', 279, 41, '/1/41/279/2549/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2550, '510113', '510113', '青白江区', '青白江区人民政府', 'county', 279, 41, '/1/41/279/2550/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2551, '510114', '510114', '新都区', '新都区人民政府', 'county', 279, 41, '/1/41/279/2551/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2552, '510115', '510115', '温江区', '温江区人民政府', 'county', 279, 41, '/1/41/279/2552/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2553, '510116', '510116', '双流区', '双流区人民政府', 'county', 279, 41, '/1/41/279/2553/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2554, '510117', '510117', '郫都区', '郫都区人民政府', 'county', 279, 41, '/1/41/279/2554/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2555, '510118', '510118', '新津区', '新津区人民政府', 'county', 279, 41, '/1/41/279/2555/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2556, '510121', '510121', '金堂县', '金堂县人民政府', 'county', 279, 41, '/1/41/279/2556/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2557, '510129', '510129', '大邑县', '大邑县人民政府', 'county', 279, 41, '/1/41/279/2557/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2558, '510131', '510131', '蒲江县', '蒲江县人民政府', 'county', 279, 41, '/1/41/279/2558/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2559, '510181', '510181', '都江堰市', '都江堰市人民政府', 'county', 279, 41, '/1/41/279/2559/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2560, '510182', '510182', '彭州市', '彭州市人民政府', 'county', 279, 41, '/1/41/279/2560/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2561, '510183', '510183', '邛崃市', '邛崃市人民政府', 'county', 279, 41, '/1/41/279/2561/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2562, '510184', '510184', '崇州市', '崇州市人民政府', 'county', 279, 41, '/1/41/279/2562/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2563, '510185', '510185', '简阳市', '简阳市人民政府', 'county', 279, 41, '/1/41/279/2563/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2564, '510302', '510302', '自流井区', '自流井区人民政府', 'county', 280, 41, '/1/41/280/2564/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2565, '510303', '510303', '贡井区', '贡井区人民政府', 'county', 280, 41, '/1/41/280/2565/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2566, '510304', '510304', '大安区', '大安区人民政府', 'county', 280, 41, '/1/41/280/2566/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2567, '510311', '510311', '沿滩区', '沿滩区人民政府', 'county', 280, 41, '/1/41/280/2567/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2568, '510321', '510321', '荣县', '荣县人民政府', 'county', 280, 41, '/1/41/280/2568/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2569, '510322', '510322', '富顺县', '富顺县人民政府', 'county', 280, 41, '/1/41/280/2569/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2570, '510402', '510402', '东区', '东区人民政府', 'county', 281, 41, '/1/41/281/2570/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2571, '510403', '510403', '西区', '西区人民政府', 'county', 281, 41, '/1/41/281/2571/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2572, '510411', '510411', '仁和区', '仁和区人民政府', 'county', 281, 41, '/1/41/281/2572/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2573, '510421', '510421', '米易县', '米易县人民政府', 'county', 281, 41, '/1/41/281/2573/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2574, '510422', '510422', '盐边县', '盐边县人民政府', 'county', 281, 41, '/1/41/281/2574/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2575, '510502', '510502', '江阳区', '江阳区人民政府', 'county', 282, 41, '/1/41/282/2575/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2576, '510503', '510503', '纳溪区', '纳溪区人民政府', 'county', 282, 41, '/1/41/282/2576/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2577, '510504', '510504', '龙马潭区', '龙马潭区人民政府', 'county', 282, 41, '/1/41/282/2577/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2578, '510521', '510521', '泸县', '泸县人民政府', 'county', 282, 41, '/1/41/282/2578/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2579, '510522', '510522', '合江县', '合江县人民政府', 'county', 282, 41, '/1/41/282/2579/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2580, '510524', '510524', '叙永县', '叙永县人民政府', 'county', 282, 41, '/1/41/282/2580/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2581, '510525', '510525', '古蔺县', '古蔺县人民政府', 'county', 282, 41, '/1/41/282/2581/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2582, '510603', '510603', '旌阳区', '旌阳区人民政府', 'county', 283, 41, '/1/41/283/2582/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2583, '510604', '510604', '罗江区', '罗江区人民政府', 'county', 283, 41, '/1/41/283/2583/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2584, '510623', '510623', '中江县', '中江县人民政府', 'county', 283, 41, '/1/41/283/2584/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2585, '510681', '510681', '广汉市', '广汉市人民政府', 'county', 283, 41, '/1/41/283/2585/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2586, '510682', '510682', '什邡市', '什邡市人民政府', 'county', 283, 41, '/1/41/283/2586/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2587, '510683', '510683', '绵竹市', '绵竹市人民政府', 'county', 283, 41, '/1/41/283/2587/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2588, '510703', '510703', '涪城区', '涪城区人民政府', 'county', 284, 41, '/1/41/284/2588/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2589, '510704', '510704', '游仙区', '游仙区人民政府', 'county', 284, 41, '/1/41/284/2589/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2590, '510705', '510705', '安州区', '安州区人民政府', 'county', 284, 41, '/1/41/284/2590/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2591, '510722', '510722', '三台县', '三台县人民政府', 'county', 284, 41, '/1/41/284/2591/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2592, '510723', '510723', '盐亭县', '盐亭县人民政府', 'county', 284, 41, '/1/41/284/2592/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2593, '510725', '510725', '梓潼县', '梓潼县人民政府', 'county', 284, 41, '/1/41/284/2593/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2594, '510726', '510726', '北川羌族自治县', '北川羌族自治县人民政府', 'county', 284, 41, '/1/41/284/2594/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2595, '510727', '510727', '平武县', '平武县人民政府', 'county', 284, 41, '/1/41/284/2595/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2596, '510781', '510781', '江油市', '江油市人民政府', 'county', 284, 41, '/1/41/284/2596/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2597, '510802', '510802', '利州区', '利州区人民政府', 'county', 285, 41, '/1/41/285/2597/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2598, '510811', '510811', '昭化区', '昭化区人民政府', 'county', 285, 41, '/1/41/285/2598/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2599, '510812', '510812', '朝天区', '朝天区人民政府', 'county', 285, 41, '/1/41/285/2599/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2600, '510821', '510821', '旺苍县', '旺苍县人民政府', 'county', 285, 41, '/1/41/285/2600/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2601, '510822', '510822', '青川县', '青川县人民政府', 'county', 285, 41, '/1/41/285/2601/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2602, '510823', '510823', '剑阁县', '剑阁县人民政府', 'county', 285, 41, '/1/41/285/2602/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2603, '510824', '510824', '苍溪县', '苍溪县人民政府', 'county', 285, 41, '/1/41/285/2603/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2604, '510903', '510903', '船山区', '船山区人民政府', 'county', 286, 41, '/1/41/286/2604/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2605, '510904', '510904', '安居区', '安居区人民政府', 'county', 286, 41, '/1/41/286/2605/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2606, '510921', '510921', '蓬溪县', '蓬溪县人民政府', 'county', 286, 41, '/1/41/286/2606/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2607, '510923', '510923', '大英县', '大英县人民政府', 'county', 286, 41, '/1/41/286/2607/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2608, '510981', '510981', '射洪市', '射洪市人民政府', 'county', 286, 41, '/1/41/286/2608/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2609, '511002', '511002', '市中区', '市中区人民政府', 'county', 287, 41, '/1/41/287/2609/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2610, '511011', '511011', '东兴区', '东兴区人民政府', 'county', 287, 41, '/1/41/287/2610/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2611, '511024', '511024', '威远县', '威远县人民政府', 'county', 287, 41, '/1/41/287/2611/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2612, '511025', '511025', '资中县', '资中县人民政府', 'county', 287, 41, '/1/41/287/2612/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2613, '511083', '511083', '隆昌市', '隆昌市人民政府', 'county', 287, 41, '/1/41/287/2613/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2614, '511102', '511102', '市中区', '市中区人民政府', 'county', 288, 41, '/1/41/288/2614/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2615, '511111', '511111', '沙湾区', '沙湾区人民政府', 'county', 288, 41, '/1/41/288/2615/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2616, '511112', '511112', '五通桥区', '五通桥区人民政府', 'county', 288, 41, '/1/41/288/2616/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2617, '511113', '511113', '金口河区', '金口河区人民政府', 'county', 288, 41, '/1/41/288/2617/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2618, '511123', '511123', '犍为县', '犍为县人民政府', 'county', 288, 41, '/1/41/288/2618/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2619, '511124', '511124', '井研县', '井研县人民政府', 'county', 288, 41, '/1/41/288/2619/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2620, '511126', '511126', '夹江县', '夹江县人民政府', 'county', 288, 41, '/1/41/288/2620/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2621, '511129', '511129', '沐川县', '沐川县人民政府', 'county', 288, 41, '/1/41/288/2621/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2622, '511132', '511132', '峨边彝族自治县', '峨边彝族自治县人民政府', 'county', 288, 41, '/1/41/288/2622/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2623, '511133', '511133', '马边彝族自治县', '马边彝族自治县人民政府', 'county', 288, 41, '/1/41/288/2623/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2624, '511181', '511181', '峨眉山市', '峨眉山市人民政府', 'county', 288, 41, '/1/41/288/2624/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2625, '511302', '511302', '顺庆区', '顺庆区人民政府', 'county', 289, 41, '/1/41/289/2625/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2626, '511303', '511303', '高坪区', '高坪区人民政府', 'county', 289, 41, '/1/41/289/2626/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2627, '511304', '511304', '嘉陵区', '嘉陵区人民政府', 'county', 289, 41, '/1/41/289/2627/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2628, '511321', '511321', '南部县', '南部县人民政府', 'county', 289, 41, '/1/41/289/2628/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2629, '511322', '511322', '营山县', '营山县人民政府', 'county', 289, 41, '/1/41/289/2629/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2630, '511323', '511323', '蓬安县', '蓬安县人民政府', 'county', 289, 41, '/1/41/289/2630/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2631, '511324', '511324', '仪陇县', '仪陇县人民政府', 'county', 289, 41, '/1/41/289/2631/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2632, '511325', '511325', '西充县', '西充县人民政府', 'county', 289, 41, '/1/41/289/2632/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2633, '511381', '511381', '阆中市', '阆中市人民政府', 'county', 289, 41, '/1/41/289/2633/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2634, '511402', '511402', '东坡区', '东坡区人民政府', 'county', 290, 41, '/1/41/290/2634/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2635, '511403', '511403', '彭山区', '彭山区人民政府', 'county', 290, 41, '/1/41/290/2635/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2636, '511421', '511421', '仁寿县', '仁寿县人民政府', 'county', 290, 41, '/1/41/290/2636/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2637, '511423', '511423', '洪雅县', '洪雅县人民政府', 'county', 290, 41, '/1/41/290/2637/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2638, '511424', '511424', '丹棱县', '丹棱县人民政府', 'county', 290, 41, '/1/41/290/2638/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2639, '511425', '511425', '青神县', '青神县人民政府', 'county', 290, 41, '/1/41/290/2639/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2640, '511502', '511502', '翠屏区', '翠屏区人民政府', 'county', 291, 41, '/1/41/291/2640/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2641, '511503', '511503', '南溪区', '南溪区人民政府', 'county', 291, 41, '/1/41/291/2641/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2642, '511504', '511504', '叙州区', '叙州区人民政府', 'county', 291, 41, '/1/41/291/2642/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2643, '511523', '511523', '江安县', '江安县人民政府', 'county', 291, 41, '/1/41/291/2643/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2644, '511524', '511524', '长宁县', '长宁县人民政府', 'county', 291, 41, '/1/41/291/2644/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2645, '511525', '511525', '高县', '高县人民政府', 'county', 291, 41, '/1/41/291/2645/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2646, '511526', '511526', '珙县', '珙县人民政府', 'county', 291, 41, '/1/41/291/2646/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2647, '511527', '511527', '筠连县', '筠连县人民政府', 'county', 291, 41, '/1/41/291/2647/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2648, '511528', '511528', '兴文县', '兴文县人民政府', 'county', 291, 41, '/1/41/291/2648/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2649, '511529', '511529', '屏山县', '屏山县人民政府', 'county', 291, 41, '/1/41/291/2649/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2650, '511602', '511602', '广安区', '广安区人民政府', 'county', 292, 41, '/1/41/292/2650/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2651, '511603', '511603', '前锋区', '前锋区人民政府', 'county', 292, 41, '/1/41/292/2651/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2652, '511621', '511621', '岳池县', '岳池县人民政府', 'county', 292, 41, '/1/41/292/2652/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2653, '511622', '511622', '武胜县', '武胜县人民政府', 'county', 292, 41, '/1/41/292/2653/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2654, '511623', '511623', '邻水县', '邻水县人民政府', 'county', 292, 41, '/1/41/292/2654/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2655, '511681', '511681', '华蓥市', '华蓥市人民政府', 'county', 292, 41, '/1/41/292/2655/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2656, '511702', '511702', '通川区', '通川区人民政府', 'county', 293, 41, '/1/41/293/2656/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2657, '511703', '511703', '达川区', '达川区人民政府', 'county', 293, 41, '/1/41/293/2657/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2658, '511722', '511722', '宣汉县', '宣汉县人民政府', 'county', 293, 41, '/1/41/293/2658/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2659, '511723', '511723', '开江县', '开江县人民政府', 'county', 293, 41, '/1/41/293/2659/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2660, '511724', '511724', '大竹县', '大竹县人民政府', 'county', 293, 41, '/1/41/293/2660/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2661, '511725', '511725', '渠县', '渠县人民政府', 'county', 293, 41, '/1/41/293/2661/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2662, '511781', '511781', '万源市', '万源市人民政府', 'county', 293, 41, '/1/41/293/2662/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2663, '511802', '511802', '雨城区', '雨城区人民政府', 'county', 294, 41, '/1/41/294/2663/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2664, '511803', '511803', '名山区', '名山区人民政府', 'county', 294, 41, '/1/41/294/2664/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2665, '511822', '511822', '荥经县', '荥经县人民政府', 'county', 294, 41, '/1/41/294/2665/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2666, '511823', '511823', '汉源县', '汉源县人民政府', 'county', 294, 41, '/1/41/294/2666/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2667, '511824', '511824', '石棉县', '石棉县人民政府', 'county', 294, 41, '/1/41/294/2667/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2668, '511825', '511825', '天全县', '天全县人民政府', 'county', 294, 41, '/1/41/294/2668/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2669, '511826', '511826', '芦山县', '芦山县人民政府', 'county', 294, 41, '/1/41/294/2669/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2670, '511827', '511827', '宝兴县', '宝兴县人民政府', 'county', 294, 41, '/1/41/294/2670/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2671, '511902', '511902', '巴州区', '巴州区人民政府', 'county', 295, 41, '/1/41/295/2671/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2672, '511903', '511903', '恩阳区', '恩阳区人民政府', 'county', 295, 41, '/1/41/295/2672/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2673, '511921', '511921', '通江县', '通江县人民政府', 'county', 295, 41, '/1/41/295/2673/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2674, '511922', '511922', '南江县', '南江县人民政府', 'county', 295, 41, '/1/41/295/2674/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2675, '511923', '511923', '平昌县', '平昌县人民政府', 'county', 295, 41, '/1/41/295/2675/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2676, '512002', '512002', '雁江区', '雁江区人民政府', 'county', 296, 41, '/1/41/296/2676/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2677, '512021', '512021', '安岳县', '安岳县人民政府', 'county', 296, 41, '/1/41/296/2677/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2678, '512022', '512022', '乐至县', '乐至县人民政府', 'county', 296, 41, '/1/41/296/2678/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2679, '513201', '513201', '马尔康市', '马尔康市人民政府', 'county', 297, 41, '/1/41/297/2679/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2680, '513221', '513221', '汶川县', '汶川县人民政府', 'county', 297, 41, '/1/41/297/2680/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2681, '513222', '513222', '理县', '理县人民政府', 'county', 297, 41, '/1/41/297/2681/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2682, '513223', '513223', '茂县', '茂县人民政府', 'county', 297, 41, '/1/41/297/2682/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2683, '513224', '513224', '松潘县', '松潘县人民政府', 'county', 297, 41, '/1/41/297/2683/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2684, '513225', '513225', '九寨沟县', '九寨沟县人民政府', 'county', 297, 41, '/1/41/297/2684/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2685, '513226', '513226', '金川县', '金川县人民政府', 'county', 297, 41, '/1/41/297/2685/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2686, '513227', '513227', '小金县', '小金县人民政府', 'county', 297, 41, '/1/41/297/2686/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2687, '513228', '513228', '黑水县', '黑水县人民政府', 'county', 297, 41, '/1/41/297/2687/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2688, '513230', '513230', '壤塘县', '壤塘县人民政府', 'county', 297, 41, '/1/41/297/2688/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2689, '513231', '513231', '阿坝县', '阿坝县人民政府', 'county', 297, 41, '/1/41/297/2689/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2690, '513232', '513232', '若尔盖县', '若尔盖县人民政府', 'county', 297, 41, '/1/41/297/2690/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2691, '513233', '513233', '红原县', '红原县人民政府', 'county', 297, 41, '/1/41/297/2691/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2692, '513301', '513301', '康定市', '康定市人民政府', 'county', 298, 41, '/1/41/298/2692/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2693, '513322', '513322', '泸定县', '泸定县人民政府', 'county', 298, 41, '/1/41/298/2693/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2694, '513323', '513323', '丹巴县', '丹巴县人民政府', 'county', 298, 41, '/1/41/298/2694/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2695, '513324', '513324', '九龙县', '九龙县人民政府', 'county', 298, 41, '/1/41/298/2695/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2696, '513325', '513325', '雅江县', '雅江县人民政府', 'county', 298, 41, '/1/41/298/2696/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2697, '513326', '513326', '道孚县', '道孚县人民政府', 'county', 298, 41, '/1/41/298/2697/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2698, '513327', '513327', '炉霍县', '炉霍县人民政府', 'county', 298, 41, '/1/41/298/2698/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2699, '513328', '513328', '甘孜县', '甘孜县人民政府', 'county', 298, 41, '/1/41/298/2699/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2700, '513329', '513329', '新龙县', '新龙县人民政府', 'county', 298, 41, '/1/41/298/2700/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2701, '513330', '513330', '德格县', '德格县人民政府', 'county', 298, 41, '/1/41/298/2701/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2702, '513331', '513331', '白玉县', '白玉县人民政府', 'county', 298, 41, '/1/41/298/2702/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2703, '513332', '513332', '石渠县', '石渠县人民政府', 'county', 298, 41, '/1/41/298/2703/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2704, '513333', '513333', '色达县', '色达县人民政府', 'county', 298, 41, '/1/41/298/2704/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2705, '513334', '513334', '理塘县', '理塘县人民政府', 'county', 298, 41, '/1/41/298/2705/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2706, '513335', '513335', '巴塘县', '巴塘县人民政府', 'county', 298, 41, '/1/41/298/2706/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2707, '513336', '513336', '乡城县', '乡城县人民政府', 'county', 298, 41, '/1/41/298/2707/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2708, '513337', '513337', '稻城县', '稻城县人民政府', 'county', 298, 41, '/1/41/298/2708/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2709, '513338', '513338', '得荣县', '得荣县人民政府', 'county', 298, 41, '/1/41/298/2709/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2710, '513401', '513401', '西昌市', '西昌市人民政府', 'county', 299, 41, '/1/41/299/2710/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2711, '513402', '513402', '会理市', '会理市人民政府', 'county', 299, 41, '/1/41/299/2711/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2712, '513422', '513422', '木里藏族自治县', '木里藏族自治县人民政府', 'county', 299, 41, '/1/41/299/2712/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2713, '513423', '513423', '盐源县', '盐源县人民政府', 'county', 299, 41, '/1/41/299/2713/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2714, '513424', '513424', '德昌县', '德昌县人民政府', 'county', 299, 41, '/1/41/299/2714/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2715, '513426', '513426', '会东县', '会东县人民政府', 'county', 299, 41, '/1/41/299/2715/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2716, '513427', '513427', '宁南县', '宁南县人民政府', 'county', 299, 41, '/1/41/299/2716/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2717, '513428', '513428', '普格县', '普格县人民政府', 'county', 299, 41, '/1/41/299/2717/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2718, '513429', '513429', '布拖县', '布拖县人民政府', 'county', 299, 41, '/1/41/299/2718/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2719, '513430', '513430', '金阳县', '金阳县人民政府', 'county', 299, 41, '/1/41/299/2719/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2720, '513431', '513431', '昭觉县', '昭觉县人民政府', 'county', 299, 41, '/1/41/299/2720/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2721, '513432', '513432', '喜德县', '喜德县人民政府', 'county', 299, 41, '/1/41/299/2721/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2722, '513433', '513433', '冕宁县', '冕宁县人民政府', 'county', 299, 41, '/1/41/299/2722/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2723, '513434', '513434', '越西县', '越西县人民政府', 'county', 299, 41, '/1/41/299/2723/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2724, '513435', '513435', '甘洛县', '甘洛县人民政府', 'county', 299, 41, '/1/41/299/2724/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2725, '513436', '513436', '美姑县', '美姑县人民政府', 'county', 299, 41, '/1/41/299/2725/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2726, '513437', '513437', '雷波县', '雷波县人民政府', 'county', 299, 41, '/1/41/299/2726/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2727, '520102', '520102', '南明区', '南明区人民政府', 'county', 300, 42, '/1/42/300/2727/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2728, '520103', '520103', '云岩区', '云岩区人民政府', 'county', 300, 42, '/1/42/300/2728/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2729, '520111', '520111', '花溪区', '花溪区人民政府', 'county', 300, 42, '/1/42/300/2729/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2730, '520112', '520112', '乌当区', '乌当区人民政府', 'county', 300, 42, '/1/42/300/2730/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2731, '520113', '520113', '白云区', '白云区人民政府', 'county', 300, 42, '/1/42/300/2731/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2732, '520115', '520115', '观山湖区', '观山湖区人民政府', 'county', 300, 42, '/1/42/300/2732/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2733, '520121', '520121', '开阳县', '开阳县人民政府', 'county', 300, 42, '/1/42/300/2733/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2734, '520122', '520122', '息烽县', '息烽县人民政府', 'county', 300, 42, '/1/42/300/2734/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2735, '520123', '520123', '修文县', '修文县人民政府', 'county', 300, 42, '/1/42/300/2735/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2736, '520181', '520181', '清镇市', '清镇市人民政府', 'county', 300, 42, '/1/42/300/2736/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2737, '520201', '520201', '钟山区', '钟山区人民政府', 'county', 301, 42, '/1/42/301/2737/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2738, '520203', '520203', '六枝特区', '六枝特区人民政府', 'county', 301, 42, '/1/42/301/2738/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2739, '520204', '520204', '水城区', '水城区人民政府', 'county', 301, 42, '/1/42/301/2739/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2740, '520281', '520281', '盘州市', '盘州市人民政府', 'county', 301, 42, '/1/42/301/2740/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2741, '520302', '520302', '红花岗区', '红花岗区人民政府', 'county', 302, 42, '/1/42/302/2741/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2742, '520303', '520303', '汇川区', '汇川区人民政府', 'county', 302, 42, '/1/42/302/2742/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2743, '520304', '520304', '播州区', '播州区人民政府', 'county', 302, 42, '/1/42/302/2743/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2744, '520322', '520322', '桐梓县', '桐梓县人民政府', 'county', 302, 42, '/1/42/302/2744/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2745, '520323', '520323', '绥阳县', '绥阳县人民政府', 'county', 302, 42, '/1/42/302/2745/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2746, '520324', '520324', '正安县', '正安县人民政府', 'county', 302, 42, '/1/42/302/2746/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2747, '520325', '520325', '道真仡佬族苗族自治县', '道真仡佬族苗族自治县人民政府', 'county', 302, 42, '/1/42/302/2747/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2748, '520326', '520326', '务川仡佬族苗族自治县', '务川仡佬族苗族自治县人民政府', 'county', 302, 42, '/1/42/302/2748/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2749, '520327', '520327', '凤冈县', '凤冈县人民政府', 'county', 302, 42, '/1/42/302/2749/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2750, '520328', '520328', '湄潭县', '湄潭县人民政府', 'county', 302, 42, '/1/42/302/2750/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2751, '520329', '520329', '余庆县', '余庆县人民政府', 'county', 302, 42, '/1/42/302/2751/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2752, '520330', '520330', '习水县', '习水县人民政府', 'county', 302, 42, '/1/42/302/2752/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2753, '520381', '520381', '赤水市', '赤水市人民政府', 'county', 302, 42, '/1/42/302/2753/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2754, '520382', '520382', '仁怀市', '仁怀市人民政府', 'county', 302, 42, '/1/42/302/2754/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2755, '520402', '520402', '西秀区', '西秀区人民政府', 'county', 303, 42, '/1/42/303/2755/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2756, '520403', '520403', '平坝区', '平坝区人民政府', 'county', 303, 42, '/1/42/303/2756/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2757, '520422', '520422', '普定县', '普定县人民政府', 'county', 303, 42, '/1/42/303/2757/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2758, '520423', '520423', '镇宁布依族苗族自治县', '镇宁布依族苗族自治县人民政府', 'county', 303, 42, '/1/42/303/2758/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2759, '520424', '520424', '关岭布依族苗族自治县', '关岭布依族苗族自治县人民政府', 'county', 303, 42, '/1/42/303/2759/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2760, '520425', '520425', '紫云苗族布依族自治县', '紫云苗族布依族自治县人民政府', 'county', 303, 42, '/1/42/303/2760/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2761, '520502', '520502', '七星关区', '七星关区人民政府', 'county', 304, 42, '/1/42/304/2761/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2762, '520521', '520521', '大方县', '大方县人民政府', 'county', 304, 42, '/1/42/304/2762/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2763, '520523', '520523', '金沙县', '金沙县人民政府', 'county', 304, 42, '/1/42/304/2763/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2764, '520524', '520524', '织金县', '织金县人民政府', 'county', 304, 42, '/1/42/304/2764/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2765, '520525', '520525', '纳雍县', '纳雍县人民政府', 'county', 304, 42, '/1/42/304/2765/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2766, '520526', '520526', '威宁彝族回族苗族自治县', '威宁彝族回族苗族自治县人民政府', 'county', 304, 42, '/1/42/304/2766/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2767, '520527', '520527', '赫章县', '赫章县人民政府', 'county', 304, 42, '/1/42/304/2767/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2768, '520581', '520581', '黔西市', '黔西市人民政府', 'county', 304, 42, '/1/42/304/2768/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2769, '520602', '520602', '碧江区', '碧江区人民政府', 'county', 305, 42, '/1/42/305/2769/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2770, '520603', '520603', '万山区', '万山区人民政府', 'county', 305, 42, '/1/42/305/2770/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2771, '520621', '520621', '江口县', '江口县人民政府', 'county', 305, 42, '/1/42/305/2771/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2772, '520622', '520622', '玉屏侗族自治县', '玉屏侗族自治县人民政府', 'county', 305, 42, '/1/42/305/2772/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2773, '520623', '520623', '石阡县', '石阡县人民政府', 'county', 305, 42, '/1/42/305/2773/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2774, '520624', '520624', '思南县', '思南县人民政府', 'county', 305, 42, '/1/42/305/2774/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2775, '520625', '520625', '印江土家族苗族自治县', '印江土家族苗族自治县人民政府', 'county', 305, 42, '/1/42/305/2775/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2776, '520626', '520626', '德江县', '德江县人民政府', 'county', 305, 42, '/1/42/305/2776/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2777, '520627', '520627', '沿河土家族自治县', '沿河土家族自治县人民政府', 'county', 305, 42, '/1/42/305/2777/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2778, '520628', '520628', '松桃苗族自治县', '松桃苗族自治县人民政府', 'county', 305, 42, '/1/42/305/2778/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2779, '522301', '522301', '兴义市', '兴义市人民政府', 'county', 306, 42, '/1/42/306/2779/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2780, '522302', '522302', '兴仁市', '兴仁市人民政府', 'county', 306, 42, '/1/42/306/2780/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2781, '522323', '522323', '普安县', '普安县人民政府', 'county', 306, 42, '/1/42/306/2781/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2782, '522324', '522324', '晴隆县', '晴隆县人民政府', 'county', 306, 42, '/1/42/306/2782/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2783, '522325', '522325', '贞丰县', '贞丰县人民政府', 'county', 306, 42, '/1/42/306/2783/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2784, '522326', '522326', '望谟县', '望谟县人民政府', 'county', 306, 42, '/1/42/306/2784/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2785, '522327', '522327', '册亨县', '册亨县人民政府', 'county', 306, 42, '/1/42/306/2785/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2786, '522328', '522328', '安龙县', '安龙县人民政府', 'county', 306, 42, '/1/42/306/2786/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2787, '522601', '522601', '凯里市', '凯里市人民政府', 'county', 307, 42, '/1/42/307/2787/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2788, '522622', '522622', '黄平县', '黄平县人民政府', 'county', 307, 42, '/1/42/307/2788/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2789, '522623', '522623', '施秉县', '施秉县人民政府', 'county', 307, 42, '/1/42/307/2789/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2790, '522624', '522624', '三穗县', '三穗县人民政府', 'county', 307, 42, '/1/42/307/2790/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2791, '522625', '522625', '镇远县', '镇远县人民政府', 'county', 307, 42, '/1/42/307/2791/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2792, '522626', '522626', '岑巩县', '岑巩县人民政府', 'county', 307, 42, '/1/42/307/2792/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2793, '522627', '522627', '天柱县', '天柱县人民政府', 'county', 307, 42, '/1/42/307/2793/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2794, '522628', '522628', '锦屏县', '锦屏县人民政府', 'county', 307, 42, '/1/42/307/2794/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2795, '522629', '522629', '剑河县', '剑河县人民政府', 'county', 307, 42, '/1/42/307/2795/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2796, '522630', '522630', '台江县', '台江县人民政府', 'county', 307, 42, '/1/42/307/2796/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2797, '522631', '522631', '黎平县', '黎平县人民政府', 'county', 307, 42, '/1/42/307/2797/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2798, '522632', '522632', '榕江县', '榕江县人民政府', 'county', 307, 42, '/1/42/307/2798/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2799, '522633', '522633', '从江县', '从江县人民政府', 'county', 307, 42, '/1/42/307/2799/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2800, '522634', '522634', '雷山县', '雷山县人民政府', 'county', 307, 42, '/1/42/307/2800/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2801, '522635', '522635', '麻江县', '麻江县人民政府', 'county', 307, 42, '/1/42/307/2801/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2802, '522636', '522636', '丹寨县', '丹寨县人民政府', 'county', 307, 42, '/1/42/307/2802/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2803, '522701', '522701', '都匀市', '都匀市人民政府', 'county', 308, 42, '/1/42/308/2803/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2804, '522702', '522702', '福泉市', '福泉市人民政府', 'county', 308, 42, '/1/42/308/2804/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2805, '522722', '522722', '荔波县', '荔波县人民政府', 'county', 308, 42, '/1/42/308/2805/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2806, '522723', '522723', '贵定县', '贵定县人民政府', 'county', 308, 42, '/1/42/308/2806/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2807, '522725', '522725', '瓮安县', '瓮安县人民政府', 'county', 308, 42, '/1/42/308/2807/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2808, '522726', '522726', '独山县', '独山县人民政府', 'county', 308, 42, '/1/42/308/2808/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2809, '522727', '522727', '平塘县', '平塘县人民政府', 'county', 308, 42, '/1/42/308/2809/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2810, '522728', '522728', '罗甸县', '罗甸县人民政府', 'county', 308, 42, '/1/42/308/2810/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2811, '522729', '522729', '长顺县', '长顺县人民政府', 'county', 308, 42, '/1/42/308/2811/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2812, '522730', '522730', '龙里县', '龙里县人民政府', 'county', 308, 42, '/1/42/308/2812/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2813, '522731', '522731', '惠水县', '惠水县人民政府', 'county', 308, 42, '/1/42/308/2813/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2814, '522732', '522732', '三都水族自治县', '三都水族自治县人民政府', 'county', 308, 42, '/1/42/308/2814/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2815, '530102', '530102', '五华区', '五华区人民政府', 'county', 309, 43, '/1/43/309/2815/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2816, '530103', '530103', '盘龙区', '盘龙区人民政府', 'county', 309, 43, '/1/43/309/2816/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2817, '530111', '530111', '官渡区', '官渡区人民政府', 'county', 309, 43, '/1/43/309/2817/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2818, '530112', '530112', '西山区', '西山区人民政府', 'county', 309, 43, '/1/43/309/2818/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2819, '530113', '530113', '东川区', '东川区人民政府', 'county', 309, 43, '/1/43/309/2819/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2820, '530114', '530114', '呈贡区', '呈贡区人民政府', 'county', 309, 43, '/1/43/309/2820/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2821, '530115', '530115', '晋宁区', '晋宁区人民政府', 'county', 309, 43, '/1/43/309/2821/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2822, '530124', '530124', '富民县', '富民县人民政府', 'county', 309, 43, '/1/43/309/2822/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2823, '530125', '530125', '宜良县', '宜良县人民政府', 'county', 309, 43, '/1/43/309/2823/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2824, '530126', '530126', '石林彝族自治县', '石林彝族自治县人民政府', 'county', 309, 43, '/1/43/309/2824/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2825, '530127', '530127', '嵩明县', '嵩明县人民政府', 'county', 309, 43, '/1/43/309/2825/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2826, '530128', '530128', '禄劝彝族苗族自治县', '禄劝彝族苗族自治县人民政府', 'county', 309, 43, '/1/43/309/2826/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2827, '530129', '530129', '寻甸回族彝族自治县', '寻甸回族彝族自治县人民政府', 'county', 309, 43, '/1/43/309/2827/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2828, '530181', '530181', '安宁市', '安宁市人民政府', 'county', 309, 43, '/1/43/309/2828/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2829, '530302', '530302', '麒麟区', '麒麟区人民政府', 'county', 310, 43, '/1/43/310/2829/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2830, '530303', '530303', '沾益区', '沾益区人民政府', 'county', 310, 43, '/1/43/310/2830/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2831, '530304', '530304', '马龙区', '马龙区人民政府', 'county', 310, 43, '/1/43/310/2831/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2832, '530322', '530322', '陆良县', '陆良县人民政府', 'county', 310, 43, '/1/43/310/2832/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2833, '530323', '530323', '师宗县', '师宗县人民政府', 'county', 310, 43, '/1/43/310/2833/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2834, '530324', '530324', '罗平县', '罗平县人民政府', 'county', 310, 43, '/1/43/310/2834/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2835, '530325', '530325', '富源县', '富源县人民政府', 'county', 310, 43, '/1/43/310/2835/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2836, '530326', '530326', '会泽县', '会泽县人民政府', 'county', 310, 43, '/1/43/310/2836/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2837, '530381', '530381', '宣威市', '宣威市人民政府', 'county', 310, 43, '/1/43/310/2837/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2838, '530402', '530402', '红塔区', '红塔区人民政府', 'county', 311, 43, '/1/43/311/2838/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2839, '530403', '530403', '江川区', '江川区人民政府', 'county', 311, 43, '/1/43/311/2839/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2840, '530423', '530423', '通海县', '通海县人民政府', 'county', 311, 43, '/1/43/311/2840/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2841, '530424', '530424', '华宁县', '华宁县人民政府', 'county', 311, 43, '/1/43/311/2841/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2842, '530425', '530425', '易门县', '易门县人民政府', 'county', 311, 43, '/1/43/311/2842/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2843, '530426', '530426', '峨山彝族自治县', '峨山彝族自治县人民政府', 'county', 311, 43, '/1/43/311/2843/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2844, '530427', '530427', '新平彝族傣族自治县', '新平彝族傣族自治县人民政府', 'county', 311, 43, '/1/43/311/2844/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2845, '530428', '530428', '元江哈尼族彝族傣族自治县', '元江哈尼族彝族傣族自治县人民政府', 'county', 311, 43, '/1/43/311/2845/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2846, '530481', '530481', '澄江市', '澄江市人民政府', 'county', 311, 43, '/1/43/311/2846/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2847, '530502', '530502', '隆阳区', '隆阳区人民政府', 'county', 312, 43, '/1/43/312/2847/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2848, '530521', '530521', '施甸县', '施甸县人民政府', 'county', 312, 43, '/1/43/312/2848/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2849, '530523', '530523', '龙陵县', '龙陵县人民政府', 'county', 312, 43, '/1/43/312/2849/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2850, '530524', '530524', '昌宁县', '昌宁县人民政府', 'county', 312, 43, '/1/43/312/2850/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2851, '530581', '530581', '腾冲市', '腾冲市人民政府', 'county', 312, 43, '/1/43/312/2851/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2852, '530602', '530602', '昭阳区', '昭阳区人民政府', 'county', 313, 43, '/1/43/313/2852/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2853, '530621', '530621', '鲁甸县', '鲁甸县人民政府', 'county', 313, 43, '/1/43/313/2853/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2854, '530622', '530622', '巧家县', '巧家县人民政府', 'county', 313, 43, '/1/43/313/2854/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2855, '530623', '530623', '盐津县', '盐津县人民政府', 'county', 313, 43, '/1/43/313/2855/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2856, '530624', '530624', '大关县', '大关县人民政府', 'county', 313, 43, '/1/43/313/2856/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2857, '530625', '530625', '永善县', '永善县人民政府', 'county', 313, 43, '/1/43/313/2857/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2858, '530626', '530626', '绥江县', '绥江县人民政府', 'county', 313, 43, '/1/43/313/2858/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2859, '530627', '530627', '镇雄县', '镇雄县人民政府', 'county', 313, 43, '/1/43/313/2859/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2860, '530628', '530628', '彝良县', '彝良县人民政府', 'county', 313, 43, '/1/43/313/2860/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2861, '530629', '530629', '威信县', '威信县人民政府', 'county', 313, 43, '/1/43/313/2861/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2862, '530681', '530681', '水富市', '水富市人民政府', 'county', 313, 43, '/1/43/313/2862/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2863, '530702', '530702', '古城区', '古城区人民政府', 'county', 314, 43, '/1/43/314/2863/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2864, '530721', '530721', '玉龙纳西族自治县', '玉龙纳西族自治县人民政府', 'county', 314, 43, '/1/43/314/2864/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2865, '530722', '530722', '永胜县', '永胜县人民政府', 'county', 314, 43, '/1/43/314/2865/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2866, '530723', '530723', '华坪县', '华坪县人民政府', 'county', 314, 43, '/1/43/314/2866/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2867, '530724', '530724', '宁蒗彝族自治县', '宁蒗彝族自治县人民政府', 'county', 314, 43, '/1/43/314/2867/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2868, '530802', '530802', '思茅区', '思茅区人民政府', 'county', 315, 43, '/1/43/315/2868/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2869, '530821', '530821', '宁洱哈尼族彝族自治县', '宁洱哈尼族彝族自治县人民政府', 'county', 315, 43, '/1/43/315/2869/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2870, '530822', '530822', '墨江哈尼族自治县', '墨江哈尼族自治县人民政府', 'county', 315, 43, '/1/43/315/2870/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2871, '530823', '530823', '景东彝族自治县', '景东彝族自治县人民政府', 'county', 315, 43, '/1/43/315/2871/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2872, '530824', '530824', '景谷傣族彝族自治县', '景谷傣族彝族自治县人民政府', 'county', 315, 43, '/1/43/315/2872/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2873, '530825', '530825', '镇沅彝族哈尼族拉祜族自治县', '镇沅彝族哈尼族拉祜族自治县人民政府', 'county', 315, 43, '/1/43/315/2873/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2874, '530826', '530826', '江城哈尼族彝族自治县', '江城哈尼族彝族自治县人民政府', 'county', 315, 43, '/1/43/315/2874/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2875, '530827', '530827', '孟连傣族拉祜族佤族自治县', '孟连傣族拉祜族佤族自治县人民政府', 'county', 315, 43, '/1/43/315/2875/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2876, '530828', '530828', '澜沧拉祜族自治县', '澜沧拉祜族自治县人民政府', 'county', 315, 43, '/1/43/315/2876/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2877, '530829', '530829', '西盟佤族自治县', '西盟佤族自治县人民政府', 'county', 315, 43, '/1/43/315/2877/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2878, '530902', '530902', '临翔区', '临翔区人民政府', 'county', 316, 43, '/1/43/316/2878/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2879, '530921', '530921', '凤庆县', '凤庆县人民政府', 'county', 316, 43, '/1/43/316/2879/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2880, '530922', '530922', '云县', '云县人民政府', 'county', 316, 43, '/1/43/316/2880/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2881, '530923', '530923', '永德县', '永德县人民政府', 'county', 316, 43, '/1/43/316/2881/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2882, '530924', '530924', '镇康县', '镇康县人民政府', 'county', 316, 43, '/1/43/316/2882/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2883, '530925', '530925', '双江拉祜族佤族布朗族傣族自治县', '双江拉祜族佤族布朗族傣族自治县人民政府', 'county', 316, 43, '/1/43/316/2883/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2884, '530926', '530926', '耿马傣族佤族自治县', '耿马傣族佤族自治县人民政府', 'county', 316, 43, '/1/43/316/2884/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2885, '530927', '530927', '沧源佤族自治县', '沧源佤族自治县人民政府', 'county', 316, 43, '/1/43/316/2885/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2886, '532301', '532301', '楚雄市', '楚雄市人民政府', 'county', 317, 43, '/1/43/317/2886/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2887, '532302', '532302', '禄丰市', '禄丰市人民政府', 'county', 317, 43, '/1/43/317/2887/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2888, '532322', '532322', '双柏县', '双柏县人民政府', 'county', 317, 43, '/1/43/317/2888/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2889, '532323', '532323', '牟定县', '牟定县人民政府', 'county', 317, 43, '/1/43/317/2889/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2890, '532324', '532324', '南华县', '南华县人民政府', 'county', 317, 43, '/1/43/317/2890/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2891, '532325', '532325', '姚安县', '姚安县人民政府', 'county', 317, 43, '/1/43/317/2891/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2892, '532326', '532326', '大姚县', '大姚县人民政府', 'county', 317, 43, '/1/43/317/2892/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2893, '532327', '532327', '永仁县', '永仁县人民政府', 'county', 317, 43, '/1/43/317/2893/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2894, '532328', '532328', '元谋县', '元谋县人民政府', 'county', 317, 43, '/1/43/317/2894/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2895, '532329', '532329', '武定县', '武定县人民政府', 'county', 317, 43, '/1/43/317/2895/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2896, '532501', '532501', '个旧市', '个旧市人民政府', 'county', 318, 43, '/1/43/318/2896/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2897, '532502', '532502', '开远市', '开远市人民政府', 'county', 318, 43, '/1/43/318/2897/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2898, '532503', '532503', '蒙自市', '蒙自市人民政府', 'county', 318, 43, '/1/43/318/2898/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2899, '532504', '532504', '弥勒市', '弥勒市人民政府', 'county', 318, 43, '/1/43/318/2899/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2900, '532523', '532523', '屏边苗族自治县', '屏边苗族自治县人民政府', 'county', 318, 43, '/1/43/318/2900/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2901, '532524', '532524', '建水县', '建水县人民政府', 'county', 318, 43, '/1/43/318/2901/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2902, '532525', '532525', '石屏县', '石屏县人民政府', 'county', 318, 43, '/1/43/318/2902/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2903, '532527', '532527', '泸西县', '泸西县人民政府', 'county', 318, 43, '/1/43/318/2903/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2904, '532528', '532528', '元阳县', '元阳县人民政府', 'county', 318, 43, '/1/43/318/2904/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2905, '532529', '532529', '红河县', '红河县人民政府', 'county', 318, 43, '/1/43/318/2905/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2906, '532530', '532530', '金平苗族瑶族傣族自治县', '金平苗族瑶族傣族自治县人民政府', 'county', 318, 43, '/1/43/318/2906/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2907, '532531', '532531', '绿春县', '绿春县人民政府', 'county', 318, 43, '/1/43/318/2907/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2908, '532532', '532532', '河口瑶族自治县', '河口瑶族自治县人民政府', 'county', 318, 43, '/1/43/318/2908/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2909, '532601', '532601', '文山市', '文山市人民政府', 'county', 319, 43, '/1/43/319/2909/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2910, '532622', '532622', '砚山县', '砚山县人民政府', 'county', 319, 43, '/1/43/319/2910/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2911, '532623', '532623', '西畴县', '西畴县人民政府', 'county', 319, 43, '/1/43/319/2911/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2912, '532624', '532624', '麻栗坡县', '麻栗坡县人民政府', 'county', 319, 43, '/1/43/319/2912/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2913, '532625', '532625', '马关县', '马关县人民政府', 'county', 319, 43, '/1/43/319/2913/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2914, '532626', '532626', '丘北县', '丘北县人民政府', 'county', 319, 43, '/1/43/319/2914/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2915, '532627', '532627', '广南县', '广南县人民政府', 'county', 319, 43, '/1/43/319/2915/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2916, '532628', '532628', '富宁县', '富宁县人民政府', 'county', 319, 43, '/1/43/319/2916/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2917, '532801', '532801', '景洪市', '景洪市人民政府', 'county', 320, 43, '/1/43/320/2917/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2918, '532822', '532822', '勐海县', '勐海县人民政府', 'county', 320, 43, '/1/43/320/2918/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2919, '532823', '532823', '勐腊县', '勐腊县人民政府', 'county', 320, 43, '/1/43/320/2919/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2920, '532901', '532901', '大理市', '大理市人民政府', 'county', 321, 43, '/1/43/321/2920/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2921, '532922', '532922', '漾濞彝族自治县', '漾濞彝族自治县人民政府', 'county', 321, 43, '/1/43/321/2921/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2922, '532923', '532923', '祥云县', '祥云县人民政府', 'county', 321, 43, '/1/43/321/2922/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2923, '532924', '532924', '宾川县', '宾川县人民政府', 'county', 321, 43, '/1/43/321/2923/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2924, '532925', '532925', '弥渡县', '弥渡县人民政府', 'county', 321, 43, '/1/43/321/2924/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2925, '532926', '532926', '南涧彝族自治县', '南涧彝族自治县人民政府', 'county', 321, 43, '/1/43/321/2925/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2926, '532927', '532927', '巍山彝族回族自治县', '巍山彝族回族自治县人民政府', 'county', 321, 43, '/1/43/321/2926/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2927, '532928', '532928', '永平县', '永平县人民政府', 'county', 321, 43, '/1/43/321/2927/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2928, '532929', '532929', '云龙县', '云龙县人民政府', 'county', 321, 43, '/1/43/321/2928/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2929, '532930', '532930', '洱源县', '洱源县人民政府', 'county', 321, 43, '/1/43/321/2929/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2930, '532931', '532931', '剑川县', '剑川县人民政府', 'county', 321, 43, '/1/43/321/2930/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2931, '532932', '532932', '鹤庆县', '鹤庆县人民政府', 'county', 321, 43, '/1/43/321/2931/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2932, '533102', '533102', '瑞丽市', '瑞丽市人民政府', 'county', 322, 43, '/1/43/322/2932/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2933, '533103', '533103', '芒市', '芒市人民政府', 'county', 322, 43, '/1/43/322/2933/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2934, '533122', '533122', '梁河县', '梁河县人民政府', 'county', 322, 43, '/1/43/322/2934/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2935, '533123', '533123', '盈江县', '盈江县人民政府', 'county', 322, 43, '/1/43/322/2935/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2936, '533124', '533124', '陇川县', '陇川县人民政府', 'county', 322, 43, '/1/43/322/2936/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2937, '533301', '533301', '泸水市', '泸水市人民政府', 'county', 323, 43, '/1/43/323/2937/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2938, '533323', '533323', '福贡县', '福贡县人民政府', 'county', 323, 43, '/1/43/323/2938/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2939, '533324', '533324', '贡山独龙族怒族自治县', '贡山独龙族怒族自治县人民政府', 'county', 323, 43, '/1/43/323/2939/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2940, '533325', '533325', '兰坪白族普米族自治县', '兰坪白族普米族自治县人民政府', 'county', 323, 43, '/1/43/323/2940/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2941, '533401', '533401', '香格里拉市', '香格里拉市人民政府', 'county', 324, 43, '/1/43/324/2941/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2942, '533422', '533422', '德钦县', '德钦县人民政府', 'county', 324, 43, '/1/43/324/2942/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2943, '533423', '533423', '维西傈僳族自治县', '维西傈僳族自治县人民政府', 'county', 324, 43, '/1/43/324/2943/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2944, '540102', '540102', '城关区', '城关区人民政府', 'county', 325, 44, '/1/44/325/2944/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2945, '540103', '540103', '堆龙德庆区', '堆龙德庆区人民政府', 'county', 325, 44, '/1/44/325/2945/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2946, '540104', '540104', '达孜区', '达孜区人民政府', 'county', 325, 44, '/1/44/325/2946/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2947, '540121', '540121', '林周县', '林周县人民政府', 'county', 325, 44, '/1/44/325/2947/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2948, '540122', '540122', '当雄县', '当雄县人民政府', 'county', 325, 44, '/1/44/325/2948/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2949, '540123', '540123', '尼木县', '尼木县人民政府', 'county', 325, 44, '/1/44/325/2949/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2950, '540124', '540124', '曲水县', '曲水县人民政府', 'county', 325, 44, '/1/44/325/2950/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2951, '540127', '540127', '墨竹工卡县', '墨竹工卡县人民政府', 'county', 325, 44, '/1/44/325/2951/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2952, '540171', '540171', '格尔木藏青工业园区', '格尔木藏青工业园区人民政府', 'county', 325, 44, '/1/44/325/2952/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2953, '540172', '540172', '拉萨经济技术开发区', '拉萨经济技术开发区人民政府', 'county', 325, 44, '/1/44/325/2953/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2954, '540173', '540173', '西藏文化旅游创意园区', '西藏文化旅游创意园区人民政府', 'county', 325, 44, '/1/44/325/2954/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2955, '540174', '540174', '达孜工业园区', '达孜工业园区人民政府', 'county', 325, 44, '/1/44/325/2955/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2956, '540202', '540202', '桑珠孜区', '桑珠孜区人民政府', 'county', 326, 44, '/1/44/326/2956/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2957, '540221', '540221', '南木林县', '南木林县人民政府', 'county', 326, 44, '/1/44/326/2957/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2958, '540222', '540222', '江孜县', '江孜县人民政府', 'county', 326, 44, '/1/44/326/2958/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2959, '540223', '540223', '定日县', '定日县人民政府', 'county', 326, 44, '/1/44/326/2959/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2960, '540224', '540224', '萨迦县', '萨迦县人民政府', 'county', 326, 44, '/1/44/326/2960/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2961, '540225', '540225', '拉孜县', '拉孜县人民政府', 'county', 326, 44, '/1/44/326/2961/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2962, '540226', '540226', '昂仁县', '昂仁县人民政府', 'county', 326, 44, '/1/44/326/2962/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2963, '540227', '540227', '谢通门县', '谢通门县人民政府', 'county', 326, 44, '/1/44/326/2963/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2964, '540228', '540228', '白朗县', '白朗县人民政府', 'county', 326, 44, '/1/44/326/2964/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2965, '540229', '540229', '仁布县', '仁布县人民政府', 'county', 326, 44, '/1/44/326/2965/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2966, '540230', '540230', '康马县', '康马县人民政府', 'county', 326, 44, '/1/44/326/2966/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2967, '540231', '540231', '定结县', '定结县人民政府', 'county', 326, 44, '/1/44/326/2967/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2968, '540232', '540232', '仲巴县', '仲巴县人民政府', 'county', 326, 44, '/1/44/326/2968/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2969, '540233', '540233', '亚东县', '亚东县人民政府', 'county', 326, 44, '/1/44/326/2969/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2970, '540234', '540234', '吉隆县', '吉隆县人民政府', 'county', 326, 44, '/1/44/326/2970/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2971, '540235', '540235', '聂拉木县', '聂拉木县人民政府', 'county', 326, 44, '/1/44/326/2971/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2972, '540236', '540236', '萨嘎县', '萨嘎县人民政府', 'county', 326, 44, '/1/44/326/2972/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2973, '540237', '540237', '岗巴县', '岗巴县人民政府', 'county', 326, 44, '/1/44/326/2973/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2974, '540302', '540302', '卡若区', '卡若区人民政府', 'county', 327, 44, '/1/44/327/2974/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2975, '540321', '540321', '江达县', '江达县人民政府', 'county', 327, 44, '/1/44/327/2975/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2976, '540322', '540322', '贡觉县', '贡觉县人民政府', 'county', 327, 44, '/1/44/327/2976/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2977, '540323', '540323', '类乌齐县', '类乌齐县人民政府', 'county', 327, 44, '/1/44/327/2977/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2978, '540324', '540324', '丁青县', '丁青县人民政府', 'county', 327, 44, '/1/44/327/2978/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2979, '540325', '540325', '察雅县', '察雅县人民政府', 'county', 327, 44, '/1/44/327/2979/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2980, '540326', '540326', '八宿县', '八宿县人民政府', 'county', 327, 44, '/1/44/327/2980/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2981, '540327', '540327', '左贡县', '左贡县人民政府', 'county', 327, 44, '/1/44/327/2981/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2982, '540328', '540328', '芒康县', '芒康县人民政府', 'county', 327, 44, '/1/44/327/2982/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2983, '540329', '540329', '洛隆县', '洛隆县人民政府', 'county', 327, 44, '/1/44/327/2983/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2984, '540330', '540330', '边坝县', '边坝县人民政府', 'county', 327, 44, '/1/44/327/2984/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2985, '540402', '540402', '巴宜区', '巴宜区人民政府', 'county', 328, 44, '/1/44/328/2985/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2986, '540421', '540421', '工布江达县', '工布江达县人民政府', 'county', 328, 44, '/1/44/328/2986/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2987, '540423', '540423', '墨脱县', '墨脱县人民政府', 'county', 328, 44, '/1/44/328/2987/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2988, '540424', '540424', '波密县', '波密县人民政府', 'county', 328, 44, '/1/44/328/2988/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2989, '540425', '540425', '察隅县', '察隅县人民政府', 'county', 328, 44, '/1/44/328/2989/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2990, '540426', '540426', '朗县', '朗县人民政府', 'county', 328, 44, '/1/44/328/2990/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2991, '540481', '540481', '米林市', '米林市人民政府', 'county', 328, 44, '/1/44/328/2991/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2992, '540502', '540502', '乃东区', '乃东区人民政府', 'county', 329, 44, '/1/44/329/2992/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2993, '540521', '540521', '扎囊县', '扎囊县人民政府', 'county', 329, 44, '/1/44/329/2993/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2994, '540522', '540522', '贡嘎县', '贡嘎县人民政府', 'county', 329, 44, '/1/44/329/2994/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2995, '540523', '540523', '桑日县', '桑日县人民政府', 'county', 329, 44, '/1/44/329/2995/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2996, '540524', '540524', '琼结县', '琼结县人民政府', 'county', 329, 44, '/1/44/329/2996/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2997, '540525', '540525', '曲松县', '曲松县人民政府', 'county', 329, 44, '/1/44/329/2997/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2998, '540526', '540526', '措美县', '措美县人民政府', 'county', 329, 44, '/1/44/329/2998/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (2999, '540527', '540527', '洛扎县', '洛扎县人民政府', 'county', 329, 44, '/1/44/329/2999/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3000, '540528', '540528', '加查县', '加查县人民政府', 'county', 329, 44, '/1/44/329/3000/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3001, '540529', '540529', '隆子县', '隆子县人民政府', 'county', 329, 44, '/1/44/329/3001/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3002, '540531', '540531', '浪卡子县', '浪卡子县人民政府', 'county', 329, 44, '/1/44/329/3002/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3003, '540581', '540581', '错那市', '错那市人民政府', 'county', 329, 44, '/1/44/329/3003/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3004, '540602', '540602', '色尼区', '色尼区人民政府', 'county', 330, 44, '/1/44/330/3004/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3005, '540621', '540621', '嘉黎县', '嘉黎县人民政府', 'county', 330, 44, '/1/44/330/3005/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3006, '540622', '540622', '比如县', '比如县人民政府', 'county', 330, 44, '/1/44/330/3006/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3007, '540623', '540623', '聂荣县', '聂荣县人民政府', 'county', 330, 44, '/1/44/330/3007/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3008, '540624', '540624', '安多县', '安多县人民政府', 'county', 330, 44, '/1/44/330/3008/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3009, '540625', '540625', '申扎县', '申扎县人民政府', 'county', 330, 44, '/1/44/330/3009/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3010, '540626', '540626', '索县', '索县人民政府', 'county', 330, 44, '/1/44/330/3010/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3011, '540627', '540627', '班戈县', '班戈县人民政府', 'county', 330, 44, '/1/44/330/3011/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3012, '540628', '540628', '巴青县', '巴青县人民政府', 'county', 330, 44, '/1/44/330/3012/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3013, '540629', '540629', '尼玛县', '尼玛县人民政府', 'county', 330, 44, '/1/44/330/3013/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3014, '540630', '540630', '双湖县', '双湖县人民政府', 'county', 330, 44, '/1/44/330/3014/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3015, '542521', '542521', '普兰县', '普兰县人民政府', 'county', 331, 44, '/1/44/331/3015/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3016, '542522', '542522', '札达县', '札达县人民政府', 'county', 331, 44, '/1/44/331/3016/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3017, '542523', '542523', '噶尔县', '噶尔县人民政府', 'county', 331, 44, '/1/44/331/3017/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3018, '542524', '542524', '日土县', '日土县人民政府', 'county', 331, 44, '/1/44/331/3018/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3019, '542525', '542525', '革吉县', '革吉县人民政府', 'county', 331, 44, '/1/44/331/3019/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3020, '542526', '542526', '改则县', '改则县人民政府', 'county', 331, 44, '/1/44/331/3020/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3021, '542527', '542527', '措勤县', '措勤县人民政府', 'county', 331, 44, '/1/44/331/3021/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3022, '610102', '610102', '新城区', '新城区人民政府', 'county', 332, 45, '/1/45/332/3022/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3023, '610103', '610103', '碑林区', '碑林区人民政府', 'county', 332, 45, '/1/45/332/3023/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3024, '610104', '610104', '莲湖区', '莲湖区人民政府', 'county', 332, 45, '/1/45/332/3024/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3025, '610111', '610111', '灞桥区', '灞桥区人民政府', 'county', 332, 45, '/1/45/332/3025/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3026, '610112', '610112', '未央区', '未央区人民政府', 'county', 332, 45, '/1/45/332/3026/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3027, '610113', '610113', '雁塔区', '雁塔区人民政府', 'county', 332, 45, '/1/45/332/3027/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3028, '610114', '610114', '阎良区', '阎良区人民政府', 'county', 332, 45, '/1/45/332/3028/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3029, '610115', '610115', '临潼区', '临潼区人民政府', 'county', 332, 45, '/1/45/332/3029/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3030, '610116', '610116', '长安区', '长安区人民政府', 'county', 332, 45, '/1/45/332/3030/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3031, '610117', '610117', '高陵区', '高陵区人民政府', 'county', 332, 45, '/1/45/332/3031/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3032, '610118', '610118', '鄠邑区', '鄠邑区人民政府', 'county', 332, 45, '/1/45/332/3032/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3033, '610122', '610122', '蓝田县', '蓝田县人民政府', 'county', 332, 45, '/1/45/332/3033/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3034, '610124', '610124', '周至县', '周至县人民政府', 'county', 332, 45, '/1/45/332/3034/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3035, '610202', '610202', '王益区', '王益区人民政府', 'county', 333, 45, '/1/45/333/3035/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3036, '610203', '610203', '印台区', '印台区人民政府', 'county', 333, 45, '/1/45/333/3036/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3037, '610204', '610204', '耀州区', '耀州区人民政府', 'county', 333, 45, '/1/45/333/3037/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3038, '610222', '610222', '宜君县', '宜君县人民政府', 'county', 333, 45, '/1/45/333/3038/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3039, '610302', '610302', '渭滨区', '渭滨区人民政府', 'county', 334, 45, '/1/45/334/3039/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3040, '610303', '610303', '金台区', '金台区人民政府', 'county', 334, 45, '/1/45/334/3040/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3041, '610304', '610304', '陈仓区', '陈仓区人民政府', 'county', 334, 45, '/1/45/334/3041/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3042, '610305', '610305', '凤翔区', '凤翔区人民政府', 'county', 334, 45, '/1/45/334/3042/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3043, '610323', '610323', '岐山县', '岐山县人民政府', 'county', 334, 45, '/1/45/334/3043/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3044, '610324', '610324', '扶风县', '扶风县人民政府', 'county', 334, 45, '/1/45/334/3044/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3045, '610326', '610326', '眉县', '眉县人民政府', 'county', 334, 45, '/1/45/334/3045/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3046, '610327', '610327', '陇县', '陇县人民政府', 'county', 334, 45, '/1/45/334/3046/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3047, '610328', '610328', '千阳县', '千阳县人民政府', 'county', 334, 45, '/1/45/334/3047/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3048, '610329', '610329', '麟游县', '麟游县人民政府', 'county', 334, 45, '/1/45/334/3048/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3049, '610330', '610330', '凤县', '凤县人民政府', 'county', 334, 45, '/1/45/334/3049/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3050, '610331', '610331', '太白县', '太白县人民政府', 'county', 334, 45, '/1/45/334/3050/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3051, '610402', '610402', '秦都区', '秦都区人民政府', 'county', 335, 45, '/1/45/335/3051/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3052, '610403', '610403', '杨陵区', '杨陵区人民政府', 'county', 335, 45, '/1/45/335/3052/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3053, '610404', '610404', '渭城区', '渭城区人民政府', 'county', 335, 45, '/1/45/335/3053/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3054, '610422', '610422', '三原县', '三原县人民政府', 'county', 335, 45, '/1/45/335/3054/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3055, '610423', '610423', '泾阳县', '泾阳县人民政府', 'county', 335, 45, '/1/45/335/3055/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3056, '610424', '610424', '乾县', '乾县人民政府', 'county', 335, 45, '/1/45/335/3056/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3057, '610425', '610425', '礼泉县', '礼泉县人民政府', 'county', 335, 45, '/1/45/335/3057/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3058, '610426', '610426', '永寿县', '永寿县人民政府', 'county', 335, 45, '/1/45/335/3058/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3059, '610428', '610428', '长武县', '长武县人民政府', 'county', 335, 45, '/1/45/335/3059/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3060, '610429', '610429', '旬邑县', '旬邑县人民政府', 'county', 335, 45, '/1/45/335/3060/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3061, '610430', '610430', '淳化县', '淳化县人民政府', 'county', 335, 45, '/1/45/335/3061/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3062, '610431', '610431', '武功县', '武功县人民政府', 'county', 335, 45, '/1/45/335/3062/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3063, '610481', '610481', '兴平市', '兴平市人民政府', 'county', 335, 45, '/1/45/335/3063/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3064, '610482', '610482', '彬州市', '彬州市人民政府', 'county', 335, 45, '/1/45/335/3064/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3065, '610502', '610502', '临渭区', '临渭区人民政府', 'county', 336, 45, '/1/45/336/3065/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3066, '610503', '610503', '华州区', '华州区人民政府', 'county', 336, 45, '/1/45/336/3066/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3067, '610522', '610522', '潼关县', '潼关县人民政府', 'county', 336, 45, '/1/45/336/3067/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3068, '610523', '610523', '大荔县', '大荔县人民政府', 'county', 336, 45, '/1/45/336/3068/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3069, '610524', '610524', '合阳县', '合阳县人民政府', 'county', 336, 45, '/1/45/336/3069/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3070, '610525', '610525', '澄城县', '澄城县人民政府', 'county', 336, 45, '/1/45/336/3070/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3071, '610526', '610526', '蒲城县', '蒲城县人民政府', 'county', 336, 45, '/1/45/336/3071/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3072, '610527', '610527', '白水县', '白水县人民政府', 'county', 336, 45, '/1/45/336/3072/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3073, '610528', '610528', '富平县', '富平县人民政府', 'county', 336, 45, '/1/45/336/3073/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3074, '610581', '610581', '韩城市', '韩城市人民政府', 'county', 336, 45, '/1/45/336/3074/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3075, '610582', '610582', '华阴市', '华阴市人民政府', 'county', 336, 45, '/1/45/336/3075/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3076, '610602', '610602', '宝塔区', '宝塔区人民政府', 'county', 337, 45, '/1/45/337/3076/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3077, '610603', '610603', '安塞区', '安塞区人民政府', 'county', 337, 45, '/1/45/337/3077/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3078, '610621', '610621', '延长县', '延长县人民政府', 'county', 337, 45, '/1/45/337/3078/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3079, '610622', '610622', '延川县', '延川县人民政府', 'county', 337, 45, '/1/45/337/3079/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3080, '610625', '610625', '志丹县', '志丹县人民政府', 'county', 337, 45, '/1/45/337/3080/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3081, '610626', '610626', '吴起县', '吴起县人民政府', 'county', 337, 45, '/1/45/337/3081/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3082, '610627', '610627', '甘泉县', '甘泉县人民政府', 'county', 337, 45, '/1/45/337/3082/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3083, '610628', '610628', '富县', '富县人民政府', 'county', 337, 45, '/1/45/337/3083/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3084, '610629', '610629', '洛川县', '洛川县人民政府', 'county', 337, 45, '/1/45/337/3084/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3085, '610630', '610630', '宜川县', '宜川县人民政府', 'county', 337, 45, '/1/45/337/3085/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3086, '610631', '610631', '黄龙县', '黄龙县人民政府', 'county', 337, 45, '/1/45/337/3086/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3087, '610632', '610632', '黄陵县', '黄陵县人民政府', 'county', 337, 45, '/1/45/337/3087/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3088, '610681', '610681', '子长市', '子长市人民政府', 'county', 337, 45, '/1/45/337/3088/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3089, '610702', '610702', '汉台区', '汉台区人民政府', 'county', 338, 45, '/1/45/338/3089/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3090, '610703', '610703', '南郑区', '南郑区人民政府', 'county', 338, 45, '/1/45/338/3090/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3091, '610722', '610722', '城固县', '城固县人民政府', 'county', 338, 45, '/1/45/338/3091/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3092, '610723', '610723', '洋县', '洋县人民政府', 'county', 338, 45, '/1/45/338/3092/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3093, '610724', '610724', '西乡县', '西乡县人民政府', 'county', 338, 45, '/1/45/338/3093/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3094, '610725', '610725', '勉县', '勉县人民政府', 'county', 338, 45, '/1/45/338/3094/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3095, '610726', '610726', '宁强县', '宁强县人民政府', 'county', 338, 45, '/1/45/338/3095/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3096, '610727', '610727', '略阳县', '略阳县人民政府', 'county', 338, 45, '/1/45/338/3096/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3097, '610728', '610728', '镇巴县', '镇巴县人民政府', 'county', 338, 45, '/1/45/338/3097/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3098, '610729', '610729', '留坝县', '留坝县人民政府', 'county', 338, 45, '/1/45/338/3098/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3099, '610730', '610730', '佛坪县', '佛坪县人民政府', 'county', 338, 45, '/1/45/338/3099/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3100, '610802', '610802', '榆阳区', '榆阳区人民政府', 'county', 339, 45, '/1/45/339/3100/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3101, '610803', '610803', '横山区', '横山区人民政府', 'county', 339, 45, '/1/45/339/3101/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3102, '610822', '610822', '府谷县', '府谷县人民政府', 'county', 339, 45, '/1/45/339/3102/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3103, '610824', '610824', '靖边县', '靖边县人民政府', 'county', 339, 45, '/1/45/339/3103/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3104, '610825', '610825', '定边县', '定边县人民政府', 'county', 339, 45, '/1/45/339/3104/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3105, '610826', '610826', '绥德县', '绥德县人民政府', 'county', 339, 45, '/1/45/339/3105/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3106, '610827', '610827', '米脂县', '米脂县人民政府', 'county', 339, 45, '/1/45/339/3106/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3107, '610828', '610828', '佳县', '佳县人民政府', 'county', 339, 45, '/1/45/339/3107/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3108, '610829', '610829', '吴堡县', '吴堡县人民政府', 'county', 339, 45, '/1/45/339/3108/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3109, '610830', '610830', '清涧县', '清涧县人民政府', 'county', 339, 45, '/1/45/339/3109/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3110, '610831', '610831', '子洲县', '子洲县人民政府', 'county', 339, 45, '/1/45/339/3110/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3111, '610881', '610881', '神木市', '神木市人民政府', 'county', 339, 45, '/1/45/339/3111/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3112, '610902', '610902', '汉滨区', '汉滨区人民政府', 'county', 340, 45, '/1/45/340/3112/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3113, '610921', '610921', '汉阴县', '汉阴县人民政府', 'county', 340, 45, '/1/45/340/3113/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3114, '610922', '610922', '石泉县', '石泉县人民政府', 'county', 340, 45, '/1/45/340/3114/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3115, '610923', '610923', '宁陕县', '宁陕县人民政府', 'county', 340, 45, '/1/45/340/3115/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3116, '610924', '610924', '紫阳县', '紫阳县人民政府', 'county', 340, 45, '/1/45/340/3116/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3117, '610925', '610925', '岚皋县', '岚皋县人民政府', 'county', 340, 45, '/1/45/340/3117/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3118, '610926', '610926', '平利县', '平利县人民政府', 'county', 340, 45, '/1/45/340/3118/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3119, '610927', '610927', '镇坪县', '镇坪县人民政府', 'county', 340, 45, '/1/45/340/3119/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3120, '610929', '610929', '白河县', '白河县人民政府', 'county', 340, 45, '/1/45/340/3120/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3121, '610981', '610981', '旬阳市', '旬阳市人民政府', 'county', 340, 45, '/1/45/340/3121/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3122, '611002', '611002', '商州区', '商州区人民政府', 'county', 341, 45, '/1/45/341/3122/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3123, '611021', '611021', '洛南县', '洛南县人民政府', 'county', 341, 45, '/1/45/341/3123/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3124, '611022', '611022', '丹凤县', '丹凤县人民政府', 'county', 341, 45, '/1/45/341/3124/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3125, '611023', '611023', '商南县', '商南县人民政府', 'county', 341, 45, '/1/45/341/3125/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3126, '611024', '611024', '山阳县', '山阳县人民政府', 'county', 341, 45, '/1/45/341/3126/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3127, '611025', '611025', '镇安县', '镇安县人民政府', 'county', 341, 45, '/1/45/341/3127/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3128, '611026', '611026', '柞水县', '柞水县人民政府', 'county', 341, 45, '/1/45/341/3128/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3129, '620102', '620102', '城关区', '城关区人民政府', 'county', 342, 46, '/1/46/342/3129/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3130, '620103', '620103', '七里河区', '七里河区人民政府', 'county', 342, 46, '/1/46/342/3130/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3131, '620104', '620104', '西固区', '西固区人民政府', 'county', 342, 46, '/1/46/342/3131/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3132, '620105', '620105', '安宁区', '安宁区人民政府', 'county', 342, 46, '/1/46/342/3132/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3133, '620111', '620111', '红古区', '红古区人民政府', 'county', 342, 46, '/1/46/342/3133/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3134, '620121', '620121', '永登县', '永登县人民政府', 'county', 342, 46, '/1/46/342/3134/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3135, '620122', '620122', '皋兰县', '皋兰县人民政府', 'county', 342, 46, '/1/46/342/3135/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3136, '620123', '620123', '榆中县', '榆中县人民政府', 'county', 342, 46, '/1/46/342/3136/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3137, '620171', '620171', '兰州新区', '兰州新区人民政府', 'county', 342, 46, '/1/46/342/3137/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3138, '620201', '620201', '嘉峪关市', '嘉峪关市人民政府', 'county', 343, 46, '/1/46/343/3138/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3139, '620302', '620302', '金川区', '金川区人民政府', 'county', 344, 46, '/1/46/344/3139/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3140, '620321', '620321', '永昌县', '永昌县人民政府', 'county', 344, 46, '/1/46/344/3140/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3141, '620402', '620402', '白银区', '白银区人民政府', 'county', 345, 46, '/1/46/345/3141/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3142, '620403', '620403', '平川区', '平川区人民政府', 'county', 345, 46, '/1/46/345/3142/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3143, '620421', '620421', '靖远县', '靖远县人民政府', 'county', 345, 46, '/1/46/345/3143/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3144, '620422', '620422', '会宁县', '会宁县人民政府', 'county', 345, 46, '/1/46/345/3144/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3145, '620423', '620423', '景泰县', '景泰县人民政府', 'county', 345, 46, '/1/46/345/3145/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3146, '620502', '620502', '秦州区', '秦州区人民政府', 'county', 346, 46, '/1/46/346/3146/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3147, '620503', '620503', '麦积区', '麦积区人民政府', 'county', 346, 46, '/1/46/346/3147/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3148, '620521', '620521', '清水县', '清水县人民政府', 'county', 346, 46, '/1/46/346/3148/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3149, '620522', '620522', '秦安县', '秦安县人民政府', 'county', 346, 46, '/1/46/346/3149/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3150, '620523', '620523', '甘谷县', '甘谷县人民政府', 'county', 346, 46, '/1/46/346/3150/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3151, '620524', '620524', '武山县', '武山县人民政府', 'county', 346, 46, '/1/46/346/3151/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3152, '620525', '620525', '张家川回族自治县', '张家川回族自治县人民政府', 'county', 346, 46, '/1/46/346/3152/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3153, '620602', '620602', '凉州区', '凉州区人民政府', 'county', 347, 46, '/1/46/347/3153/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3154, '620621', '620621', '民勤县', '民勤县人民政府', 'county', 347, 46, '/1/46/347/3154/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3155, '620622', '620622', '古浪县', '古浪县人民政府', 'county', 347, 46, '/1/46/347/3155/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3156, '620623', '620623', '天祝藏族自治县', '天祝藏族自治县人民政府', 'county', 347, 46, '/1/46/347/3156/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3157, '620702', '620702', '甘州区', '甘州区人民政府', 'county', 348, 46, '/1/46/348/3157/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3158, '620721', '620721', '肃南裕固族自治县', '肃南裕固族自治县人民政府', 'county', 348, 46, '/1/46/348/3158/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3159, '620722', '620722', '民乐县', '民乐县人民政府', 'county', 348, 46, '/1/46/348/3159/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3160, '620723', '620723', '临泽县', '临泽县人民政府', 'county', 348, 46, '/1/46/348/3160/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3161, '620724', '620724', '高台县', '高台县人民政府', 'county', 348, 46, '/1/46/348/3161/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3162, '620725', '620725', '山丹县', '山丹县人民政府', 'county', 348, 46, '/1/46/348/3162/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3163, '620802', '620802', '崆峒区', '崆峒区人民政府', 'county', 349, 46, '/1/46/349/3163/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3164, '620821', '620821', '泾川县', '泾川县人民政府', 'county', 349, 46, '/1/46/349/3164/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3165, '620822', '620822', '灵台县', '灵台县人民政府', 'county', 349, 46, '/1/46/349/3165/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3166, '620823', '620823', '崇信县', '崇信县人民政府', 'county', 349, 46, '/1/46/349/3166/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3167, '620825', '620825', '庄浪县', '庄浪县人民政府', 'county', 349, 46, '/1/46/349/3167/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3168, '620826', '620826', '静宁县', '静宁县人民政府', 'county', 349, 46, '/1/46/349/3168/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3169, '620881', '620881', '华亭市', '华亭市人民政府', 'county', 349, 46, '/1/46/349/3169/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3170, '620902', '620902', '肃州区', '肃州区人民政府', 'county', 350, 46, '/1/46/350/3170/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3171, '620921', '620921', '金塔县', '金塔县人民政府', 'county', 350, 46, '/1/46/350/3171/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3172, '620922', '620922', '瓜州县', '瓜州县人民政府', 'county', 350, 46, '/1/46/350/3172/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3173, '620923', '620923', '肃北蒙古族自治县', '肃北蒙古族自治县人民政府', 'county', 350, 46, '/1/46/350/3173/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3174, '620924', '620924', '阿克塞哈萨克族自治县', '阿克塞哈萨克族自治县人民政府', 'county', 350, 46, '/1/46/350/3174/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3175, '620981', '620981', '玉门市', '玉门市人民政府', 'county', 350, 46, '/1/46/350/3175/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3176, '620982', '620982', '敦煌市', '敦煌市人民政府', 'county', 350, 46, '/1/46/350/3176/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3177, '621002', '621002', '西峰区', '西峰区人民政府', 'county', 351, 46, '/1/46/351/3177/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3178, '621021', '621021', '庆城县', '庆城县人民政府', 'county', 351, 46, '/1/46/351/3178/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3179, '621022', '621022', '环县', '环县人民政府', 'county', 351, 46, '/1/46/351/3179/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3180, '621023', '621023', '华池县', '华池县人民政府', 'county', 351, 46, '/1/46/351/3180/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3181, '621024', '621024', '合水县', '合水县人民政府', 'county', 351, 46, '/1/46/351/3181/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3182, '621025', '621025', '正宁县', '正宁县人民政府', 'county', 351, 46, '/1/46/351/3182/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3183, '621026', '621026', '宁县', '宁县人民政府', 'county', 351, 46, '/1/46/351/3183/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3184, '621027', '621027', '镇原县', '镇原县人民政府', 'county', 351, 46, '/1/46/351/3184/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3185, '621102', '621102', '安定区', '安定区人民政府', 'county', 352, 46, '/1/46/352/3185/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3186, '621121', '621121', '通渭县', '通渭县人民政府', 'county', 352, 46, '/1/46/352/3186/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3187, '621122', '621122', '陇西县', '陇西县人民政府', 'county', 352, 46, '/1/46/352/3187/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3188, '621123', '621123', '渭源县', '渭源县人民政府', 'county', 352, 46, '/1/46/352/3188/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3189, '621124', '621124', '临洮县', '临洮县人民政府', 'county', 352, 46, '/1/46/352/3189/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3190, '621125', '621125', '漳县', '漳县人民政府', 'county', 352, 46, '/1/46/352/3190/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3191, '621126', '621126', '岷县', '岷县人民政府', 'county', 352, 46, '/1/46/352/3191/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3192, '621202', '621202', '武都区', '武都区人民政府', 'county', 353, 46, '/1/46/353/3192/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3193, '621221', '621221', '成县', '成县人民政府', 'county', 353, 46, '/1/46/353/3193/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3194, '621222', '621222', '文县', '文县人民政府', 'county', 353, 46, '/1/46/353/3194/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3195, '621223', '621223', '宕昌县', '宕昌县人民政府', 'county', 353, 46, '/1/46/353/3195/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3196, '621224', '621224', '康县', '康县人民政府', 'county', 353, 46, '/1/46/353/3196/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3197, '621225', '621225', '西和县', '西和县人民政府', 'county', 353, 46, '/1/46/353/3197/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3198, '621226', '621226', '礼县', '礼县人民政府', 'county', 353, 46, '/1/46/353/3198/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3199, '621227', '621227', '徽县', '徽县人民政府', 'county', 353, 46, '/1/46/353/3199/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3200, '621228', '621228', '两当县', '两当县人民政府', 'county', 353, 46, '/1/46/353/3200/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3201, '622901', '622901', '临夏市', '临夏市人民政府', 'county', 354, 46, '/1/46/354/3201/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3202, '622921', '622921', '临夏县', '临夏县人民政府', 'county', 354, 46, '/1/46/354/3202/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3203, '622922', '622922', '康乐县', '康乐县人民政府', 'county', 354, 46, '/1/46/354/3203/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3204, '622923', '622923', '永靖县', '永靖县人民政府', 'county', 354, 46, '/1/46/354/3204/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3205, '622924', '622924', '广河县', '广河县人民政府', 'county', 354, 46, '/1/46/354/3205/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3206, '622925', '622925', '和政县', '和政县人民政府', 'county', 354, 46, '/1/46/354/3206/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3207, '622926', '622926', '东乡族自治县', '东乡族自治县人民政府', 'county', 354, 46, '/1/46/354/3207/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3208, '622927', '622927', '积石山保安族东乡族撒拉族自治县', '积石山保安族东乡族撒拉族自治县人民政府', 'county', 354, 46, '/1/46/354/3208/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3209, '623001', '623001', '合作市', '合作市人民政府', 'county', 355, 46, '/1/46/355/3209/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3210, '623021', '623021', '临潭县', '临潭县人民政府', 'county', 355, 46, '/1/46/355/3210/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3211, '623022', '623022', '卓尼县', '卓尼县人民政府', 'county', 355, 46, '/1/46/355/3211/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3212, '623023', '623023', '舟曲县', '舟曲县人民政府', 'county', 355, 46, '/1/46/355/3212/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3213, '623024', '623024', '迭部县', '迭部县人民政府', 'county', 355, 46, '/1/46/355/3213/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3214, '623025', '623025', '玛曲县', '玛曲县人民政府', 'county', 355, 46, '/1/46/355/3214/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3215, '623026', '623026', '碌曲县', '碌曲县人民政府', 'county', 355, 46, '/1/46/355/3215/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3216, '623027', '623027', '夏河县', '夏河县人民政府', 'county', 355, 46, '/1/46/355/3216/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3217, '630102', '630102', '城东区', '城东区人民政府', 'county', 356, 47, '/1/47/356/3217/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3218, '630103', '630103', '城中区', '城中区人民政府', 'county', 356, 47, '/1/47/356/3218/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3219, '630104', '630104', '城西区', '城西区人民政府', 'county', 356, 47, '/1/47/356/3219/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3220, '630105', '630105', '城北区', '城北区人民政府', 'county', 356, 47, '/1/47/356/3220/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3221, '630106', '630106', '湟中区', '湟中区人民政府', 'county', 356, 47, '/1/47/356/3221/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3222, '630121', '630121', '大通回族土族自治县', '大通回族土族自治县人民政府', 'county', 356, 47, '/1/47/356/3222/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3223, '630123', '630123', '湟源县', '湟源县人民政府', 'county', 356, 47, '/1/47/356/3223/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3224, '630202', '630202', '乐都区', '乐都区人民政府', 'county', 357, 47, '/1/47/357/3224/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3225, '630203', '630203', '平安区', '平安区人民政府', 'county', 357, 47, '/1/47/357/3225/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3226, '630222', '630222', '民和回族土族自治县', '民和回族土族自治县人民政府', 'county', 357, 47, '/1/47/357/3226/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3227, '630223', '630223', '互助土族自治县', '互助土族自治县人民政府', 'county', 357, 47, '/1/47/357/3227/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3228, '630224', '630224', '化隆回族自治县', '化隆回族自治县人民政府', 'county', 357, 47, '/1/47/357/3228/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3229, '630225', '630225', '循化撒拉族自治县', '循化撒拉族自治县人民政府', 'county', 357, 47, '/1/47/357/3229/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3230, '632221', '632221', '门源回族自治县', '门源回族自治县人民政府', 'county', 358, 47, '/1/47/358/3230/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3231, '632222', '632222', '祁连县', '祁连县人民政府', 'county', 358, 47, '/1/47/358/3231/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3232, '632223', '632223', '海晏县', '海晏县人民政府', 'county', 358, 47, '/1/47/358/3232/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3233, '632224', '632224', '刚察县', '刚察县人民政府', 'county', 358, 47, '/1/47/358/3233/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3234, '632301', '632301', '同仁市', '同仁市人民政府', 'county', 359, 47, '/1/47/359/3234/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3235, '632322', '632322', '尖扎县', '尖扎县人民政府', 'county', 359, 47, '/1/47/359/3235/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3236, '632323', '632323', '泽库县', '泽库县人民政府', 'county', 359, 47, '/1/47/359/3236/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3237, '632324', '632324', '河南蒙古族自治县', '河南蒙古族自治县人民政府', 'county', 359, 47, '/1/47/359/3237/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3238, '632521', '632521', '共和县', '共和县人民政府', 'county', 360, 47, '/1/47/360/3238/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3239, '632522', '632522', '同德县', '同德县人民政府', 'county', 360, 47, '/1/47/360/3239/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3240, '632523', '632523', '贵德县', '贵德县人民政府', 'county', 360, 47, '/1/47/360/3240/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3241, '632524', '632524', '兴海县', '兴海县人民政府', 'county', 360, 47, '/1/47/360/3241/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3242, '632525', '632525', '贵南县', '贵南县人民政府', 'county', 360, 47, '/1/47/360/3242/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3243, '632621', '632621', '玛沁县', '玛沁县人民政府', 'county', 361, 47, '/1/47/361/3243/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3244, '632622', '632622', '班玛县', '班玛县人民政府', 'county', 361, 47, '/1/47/361/3244/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3245, '632623', '632623', '甘德县', '甘德县人民政府', 'county', 361, 47, '/1/47/361/3245/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3246, '632624', '632624', '达日县', '达日县人民政府', 'county', 361, 47, '/1/47/361/3246/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3247, '632625', '632625', '久治县', '久治县人民政府', 'county', 361, 47, '/1/47/361/3247/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3248, '632626', '632626', '玛多县', '玛多县人民政府', 'county', 361, 47, '/1/47/361/3248/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3249, '632701', '632701', '玉树市', '玉树市人民政府', 'county', 362, 47, '/1/47/362/3249/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3250, '632722', '632722', '杂多县', '杂多县人民政府', 'county', 362, 47, '/1/47/362/3250/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3251, '632723', '632723', '称多县', '称多县人民政府', 'county', 362, 47, '/1/47/362/3251/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3252, '632724', '632724', '治多县', '治多县人民政府', 'county', 362, 47, '/1/47/362/3252/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3253, '632725', '632725', '囊谦县', '囊谦县人民政府', 'county', 362, 47, '/1/47/362/3253/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3254, '632726', '632726', '曲麻莱县', '曲麻莱县人民政府', 'county', 362, 47, '/1/47/362/3254/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3255, '632801', '632801', '格尔木市', '格尔木市人民政府', 'county', 363, 47, '/1/47/363/3255/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3256, '632802', '632802', '德令哈市', '德令哈市人民政府', 'county', 363, 47, '/1/47/363/3256/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3257, '632803', '632803', '茫崖市', '茫崖市人民政府', 'county', 363, 47, '/1/47/363/3257/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3258, '632821', '632821', '乌兰县', '乌兰县人民政府', 'county', 363, 47, '/1/47/363/3258/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3259, '632822', '632822', '都兰县', '都兰县人民政府', 'county', 363, 47, '/1/47/363/3259/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3260, '632823', '632823', '天峻县', '天峻县人民政府', 'county', 363, 47, '/1/47/363/3260/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3261, '632857', '632857', '大柴旦行政委员会', '大柴旦行政委员会人民政府', 'county', 363, 47, '/1/47/363/3261/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3262, '640104', '640104', '兴庆区', '兴庆区人民政府', 'county', 364, 48, '/1/48/364/3262/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3263, '640105', '640105', '西夏区', '西夏区人民政府', 'county', 364, 48, '/1/48/364/3263/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3264, '640106', '640106', '金凤区', '金凤区人民政府', 'county', 364, 48, '/1/48/364/3264/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3265, '640121', '640121', '永宁县', '永宁县人民政府', 'county', 364, 48, '/1/48/364/3265/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3266, '640122', '640122', '贺兰县', '贺兰县人民政府', 'county', 364, 48, '/1/48/364/3266/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3267, '640181', '640181', '灵武市', '灵武市人民政府', 'county', 364, 48, '/1/48/364/3267/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3268, '640202', '640202', '大武口区', '大武口区人民政府', 'county', 365, 48, '/1/48/365/3268/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3269, '640205', '640205', '惠农区', '惠农区人民政府', 'county', 365, 48, '/1/48/365/3269/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3270, '640221', '640221', '平罗县', '平罗县人民政府', 'county', 365, 48, '/1/48/365/3270/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3271, '640302', '640302', '利通区', '利通区人民政府', 'county', 366, 48, '/1/48/366/3271/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3272, '640303', '640303', '红寺堡区', '红寺堡区人民政府', 'county', 366, 48, '/1/48/366/3272/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3273, '640323', '640323', '盐池县', '盐池县人民政府', 'county', 366, 48, '/1/48/366/3273/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3274, '640324', '640324', '同心县', '同心县人民政府', 'county', 366, 48, '/1/48/366/3274/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3275, '640381', '640381', '青铜峡市', '青铜峡市人民政府', 'county', 366, 48, '/1/48/366/3275/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3276, '640402', '640402', '原州区', '原州区人民政府', 'county', 367, 48, '/1/48/367/3276/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3277, '640422', '640422', '西吉县', '西吉县人民政府', 'county', 367, 48, '/1/48/367/3277/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3278, '640423', '640423', '隆德县', '隆德县人民政府', 'county', 367, 48, '/1/48/367/3278/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3279, '640424', '640424', '泾源县', '泾源县人民政府', 'county', 367, 48, '/1/48/367/3279/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3280, '640425', '640425', '彭阳县', '彭阳县人民政府', 'county', 367, 48, '/1/48/367/3280/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3281, '640502', '640502', '沙坡头区', '沙坡头区人民政府', 'county', 368, 48, '/1/48/368/3281/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3282, '640521', '640521', '中宁县', '中宁县人民政府', 'county', 368, 48, '/1/48/368/3282/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3283, '640522', '640522', '海原县', '海原县人民政府', 'county', 368, 48, '/1/48/368/3283/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3284, '650102', '650102', '天山区', '天山区人民政府', 'county', 369, 49, '/1/49/369/3284/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3285, '650103', '650103', '沙依巴克区', '沙依巴克区人民政府', 'county', 369, 49, '/1/49/369/3285/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3286, '650104', '650104', '新市区', '新市区人民政府', 'county', 369, 49, '/1/49/369/3286/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3287, '650105', '650105', '水磨沟区', '水磨沟区人民政府', 'county', 369, 49, '/1/49/369/3287/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3288, '650106', '650106', '头屯河区', '头屯河区人民政府', 'county', 369, 49, '/1/49/369/3288/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3289, '650107', '650107', '达坂城区', '达坂城区人民政府', 'county', 369, 49, '/1/49/369/3289/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3290, '650109', '650109', '米东区', '米东区人民政府', 'county', 369, 49, '/1/49/369/3290/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3291, '650121', '650121', '乌鲁木齐县', '乌鲁木齐县人民政府', 'county', 369, 49, '/1/49/369/3291/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3292, '650202', '650202', '独山子区', '独山子区人民政府', 'county', 370, 49, '/1/49/370/3292/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3293, '650203', '650203', '克拉玛依区', '克拉玛依区人民政府', 'county', 370, 49, '/1/49/370/3293/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3294, '650204', '650204', '白碱滩区', '白碱滩区人民政府', 'county', 370, 49, '/1/49/370/3294/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3295, '650205', '650205', '乌尔禾区', '乌尔禾区人民政府', 'county', 370, 49, '/1/49/370/3295/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3296, '650402', '650402', '高昌区', '高昌区人民政府', 'county', 371, 49, '/1/49/371/3296/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3297, '650421', '650421', '鄯善县', '鄯善县人民政府', 'county', 371, 49, '/1/49/371/3297/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3298, '650422', '650422', '托克逊县', '托克逊县人民政府', 'county', 371, 49, '/1/49/371/3298/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3299, '650502', '650502', '伊州区', '伊州区人民政府', 'county', 372, 49, '/1/49/372/3299/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3300, '650521', '650521', '巴里坤哈萨克自治县', '巴里坤哈萨克自治县人民政府', 'county', 372, 49, '/1/49/372/3300/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3301, '650522', '650522', '伊吾县', '伊吾县人民政府', 'county', 372, 49, '/1/49/372/3301/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3302, '652301', '652301', '昌吉市', '昌吉市人民政府', 'county', 373, 49, '/1/49/373/3302/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3303, '652302', '652302', '阜康市', '阜康市人民政府', 'county', 373, 49, '/1/49/373/3303/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3304, '652323', '652323', '呼图壁县', '呼图壁县人民政府', 'county', 373, 49, '/1/49/373/3304/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3305, '652324', '652324', '玛纳斯县', '玛纳斯县人民政府', 'county', 373, 49, '/1/49/373/3305/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3306, '652325', '652325', '奇台县', '奇台县人民政府', 'county', 373, 49, '/1/49/373/3306/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3307, '652327', '652327', '吉木萨尔县', '吉木萨尔县人民政府', 'county', 373, 49, '/1/49/373/3307/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3308, '652328', '652328', '木垒哈萨克自治县', '木垒哈萨克自治县人民政府', 'county', 373, 49, '/1/49/373/3308/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3309, '652701', '652701', '博乐市', '博乐市人民政府', 'county', 374, 49, '/1/49/374/3309/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3310, '652702', '652702', '阿拉山口市', '阿拉山口市人民政府', 'county', 374, 49, '/1/49/374/3310/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3311, '652722', '652722', '精河县', '精河县人民政府', 'county', 374, 49, '/1/49/374/3311/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3312, '652723', '652723', '温泉县', '温泉县人民政府', 'county', 374, 49, '/1/49/374/3312/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3313, '652801', '652801', '库尔勒市', '库尔勒市人民政府', 'county', 375, 49, '/1/49/375/3313/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3314, '652822', '652822', '轮台县', '轮台县人民政府', 'county', 375, 49, '/1/49/375/3314/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3315, '652823', '652823', '尉犁县', '尉犁县人民政府', 'county', 375, 49, '/1/49/375/3315/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3316, '652824', '652824', '若羌县', '若羌县人民政府', 'county', 375, 49, '/1/49/375/3316/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3317, '652825', '652825', '且末县', '且末县人民政府', 'county', 375, 49, '/1/49/375/3317/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3318, '652826', '652826', '焉耆回族自治县', '焉耆回族自治县人民政府', 'county', 375, 49, '/1/49/375/3318/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3319, '652827', '652827', '和静县', '和静县人民政府', 'county', 375, 49, '/1/49/375/3319/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3320, '652828', '652828', '和硕县', '和硕县人民政府', 'county', 375, 49, '/1/49/375/3320/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3321, '652829', '652829', '博湖县', '博湖县人民政府', 'county', 375, 49, '/1/49/375/3321/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3322, '652901', '652901', '阿克苏市', '阿克苏市人民政府', 'county', 376, 49, '/1/49/376/3322/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3323, '652902', '652902', '库车市', '库车市人民政府', 'county', 376, 49, '/1/49/376/3323/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3324, '652922', '652922', '温宿县', '温宿县人民政府', 'county', 376, 49, '/1/49/376/3324/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3325, '652924', '652924', '沙雅县', '沙雅县人民政府', 'county', 376, 49, '/1/49/376/3325/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3326, '652925', '652925', '新和县', '新和县人民政府', 'county', 376, 49, '/1/49/376/3326/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3327, '652926', '652926', '拜城县', '拜城县人民政府', 'county', 376, 49, '/1/49/376/3327/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3328, '652927', '652927', '乌什县', '乌什县人民政府', 'county', 376, 49, '/1/49/376/3328/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3329, '652928', '652928', '阿瓦提县', '阿瓦提县人民政府', 'county', 376, 49, '/1/49/376/3329/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3330, '652929', '652929', '柯坪县', '柯坪县人民政府', 'county', 376, 49, '/1/49/376/3330/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3331, '653001', '653001', '阿图什市', '阿图什市人民政府', 'county', 377, 49, '/1/49/377/3331/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3332, '653022', '653022', '阿克陶县', '阿克陶县人民政府', 'county', 377, 49, '/1/49/377/3332/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3333, '653023', '653023', '阿合奇县', '阿合奇县人民政府', 'county', 377, 49, '/1/49/377/3333/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3334, '653024', '653024', '乌恰县', '乌恰县人民政府', 'county', 377, 49, '/1/49/377/3334/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3335, '653101', '653101', '喀什市', '喀什市人民政府', 'county', 378, 49, '/1/49/378/3335/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3336, '653121', '653121', '疏附县', '疏附县人民政府', 'county', 378, 49, '/1/49/378/3336/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3337, '653122', '653122', '疏勒县', '疏勒县人民政府', 'county', 378, 49, '/1/49/378/3337/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3338, '653123', '653123', '英吉沙县', '英吉沙县人民政府', 'county', 378, 49, '/1/49/378/3338/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3339, '653124', '653124', '泽普县', '泽普县人民政府', 'county', 378, 49, '/1/49/378/3339/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3340, '653125', '653125', '莎车县', '莎车县人民政府', 'county', 378, 49, '/1/49/378/3340/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3341, '653126', '653126', '叶城县', '叶城县人民政府', 'county', 378, 49, '/1/49/378/3341/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3342, '653127', '653127', '麦盖提县', '麦盖提县人民政府', 'county', 378, 49, '/1/49/378/3342/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3343, '653128', '653128', '岳普湖县', '岳普湖县人民政府', 'county', 378, 49, '/1/49/378/3343/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3344, '653129', '653129', '伽师县', '伽师县人民政府', 'county', 378, 49, '/1/49/378/3344/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3345, '653130', '653130', '巴楚县', '巴楚县人民政府', 'county', 378, 49, '/1/49/378/3345/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3346, '653131', '653131', '塔什库尔干塔吉克自治县', '塔什库尔干塔吉克自治县人民政府', 'county', 378, 49, '/1/49/378/3346/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3347, '653201', '653201', '和田市', '和田市人民政府', 'county', 379, 49, '/1/49/379/3347/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3348, '653221', '653221', '和田县', '和田县人民政府', 'county', 379, 49, '/1/49/379/3348/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3349, '653222', '653222', '墨玉县', '墨玉县人民政府', 'county', 379, 49, '/1/49/379/3349/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3350, '653223', '653223', '皮山县', '皮山县人民政府', 'county', 379, 49, '/1/49/379/3350/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3351, '653224', '653224', '洛浦县', '洛浦县人民政府', 'county', 379, 49, '/1/49/379/3351/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3352, '653225', '653225', '策勒县', '策勒县人民政府', 'county', 379, 49, '/1/49/379/3352/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3353, '653226', '653226', '于田县', '于田县人民政府', 'county', 379, 49, '/1/49/379/3353/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3354, '653227', '653227', '民丰县', '民丰县人民政府', 'county', 379, 49, '/1/49/379/3354/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3355, '654002', '654002', '伊宁市', '伊宁市人民政府', 'county', 380, 49, '/1/49/380/3355/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3356, '654003', '654003', '奎屯市', '奎屯市人民政府', 'county', 380, 49, '/1/49/380/3356/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3357, '654004', '654004', '霍尔果斯市', '霍尔果斯市人民政府', 'county', 380, 49, '/1/49/380/3357/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3358, '654021', '654021', '伊宁县', '伊宁县人民政府', 'county', 380, 49, '/1/49/380/3358/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3359, '654022', '654022', '察布查尔锡伯自治县', '察布查尔锡伯自治县人民政府', 'county', 380, 49, '/1/49/380/3359/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3360, '654023', '654023', '霍城县', '霍城县人民政府', 'county', 380, 49, '/1/49/380/3360/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3361, '654024', '654024', '巩留县', '巩留县人民政府', 'county', 380, 49, '/1/49/380/3361/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3362, '654025', '654025', '新源县', '新源县人民政府', 'county', 380, 49, '/1/49/380/3362/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3363, '654026', '654026', '昭苏县', '昭苏县人民政府', 'county', 380, 49, '/1/49/380/3363/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3364, '654027', '654027', '特克斯县', '特克斯县人民政府', 'county', 380, 49, '/1/49/380/3364/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3365, '654028', '654028', '尼勒克县', '尼勒克县人民政府', 'county', 380, 49, '/1/49/380/3365/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3366, '654201', '654201', '塔城市', '塔城市人民政府', 'county', 381, 49, '/1/49/381/3366/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3367, '654202', '654202', '乌苏市', '乌苏市人民政府', 'county', 381, 49, '/1/49/381/3367/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3368, '654203', '654203', '沙湾市', '沙湾市人民政府', 'county', 381, 49, '/1/49/381/3368/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3369, '654221', '654221', '额敏县', '额敏县人民政府', 'county', 381, 49, '/1/49/381/3369/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3370, '654224', '654224', '托里县', '托里县人民政府', 'county', 381, 49, '/1/49/381/3370/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3371, '654225', '654225', '裕民县', '裕民县人民政府', 'county', 381, 49, '/1/49/381/3371/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3372, '654226', '654226', '和布克赛尔蒙古自治县', '和布克赛尔蒙古自治县人民政府', 'county', 381, 49, '/1/49/381/3372/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3373, '654301', '654301', '阿勒泰市', '阿勒泰市人民政府', 'county', 382, 49, '/1/49/382/3373/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3374, '654321', '654321', '布尔津县', '布尔津县人民政府', 'county', 382, 49, '/1/49/382/3374/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3375, '654322', '654322', '富蕴县', '富蕴县人民政府', 'county', 382, 49, '/1/49/382/3375/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3376, '654323', '654323', '福海县', '福海县人民政府', 'county', 382, 49, '/1/49/382/3376/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3377, '654324', '654324', '哈巴河县', '哈巴河县人民政府', 'county', 382, 49, '/1/49/382/3377/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3378, '654325', '654325', '青河县', '青河县人民政府', 'county', 382, 49, '/1/49/382/3378/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3379, '654326', '654326', '吉木乃县', '吉木乃县人民政府', 'county', 382, 49, '/1/49/382/3379/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3380, 'FTZ31-01', 'FTZ31-01', '保税区片区（外高桥保税区/外高桥保税物流园区/洋山保税港区/浦东机场综合保税区）', '中国（上海）自由贸易试验区保税区片区（外高桥保税区/外高桥保税物流园区/洋山保税港区/浦东机场综合保税区）', 'ftz_area', 501, 27, '/1/27/501/3380/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3381, 'FTZ31-02', 'FTZ31-02', '陆家嘴金融片区', '中国（上海）自由贸易试验区陆家嘴金融片区', 'ftz_area', 501, 27, '/1/27/501/3381/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3382, 'FTZ31-03', 'FTZ31-03', '金桥开发片区', '中国（上海）自由贸易试验区金桥开发片区', 'ftz_area', 501, 27, '/1/27/501/3382/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3383, 'FTZ31-04', 'FTZ31-04', '张江高科技片区', '中国（上海）自由贸易试验区张江高科技片区', 'ftz_area', 501, 27, '/1/27/501/3383/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3384, 'FTZ31-05', 'FTZ31-05', '临港新片区', '中国（上海）自由贸易试验区临港新片区', 'ftz_area', 501, 27, '/1/27/501/3384/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3385, 'FTZ44-01', 'FTZ44-01', '广州南沙新区片区', '中国（广东）自由贸易试验区广州南沙新区片区', 'ftz_area', 502, 37, '/1/37/502/3385/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3386, 'FTZ44-02', 'FTZ44-02', '深圳前海蛇口片区', '中国（广东）自由贸易试验区深圳前海蛇口片区', 'ftz_area', 502, 37, '/1/37/502/3386/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3387, 'FTZ44-03', 'FTZ44-03', '珠海横琴新区片区', '中国（广东）自由贸易试验区珠海横琴新区片区', 'ftz_area', 502, 37, '/1/37/502/3387/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3388, 'FTZ12-01', 'FTZ12-01', '天津港片区', '中国（天津）自由贸易试验区天津港片区', 'ftz_area', 503, 20, '/1/20/503/3388/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3389, 'FTZ12-02', 'FTZ12-02', '天津机场片区', '中国（天津）自由贸易试验区天津机场片区', 'ftz_area', 503, 20, '/1/20/503/3389/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3390, 'FTZ12-03', 'FTZ12-03', '滨海新区中心商务片区', '中国（天津）自由贸易试验区滨海新区中心商务片区', 'ftz_area', 503, 20, '/1/20/503/3390/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3391, 'FTZ35-01', 'FTZ35-01', '平潭片区', '中国（福建）自由贸易试验区平潭片区', 'ftz_area', 504, 31, '/1/31/504/3391/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3392, 'FTZ35-02', 'FTZ35-02', '厦门片区', '中国（福建）自由贸易试验区厦门片区', 'ftz_area', 504, 31, '/1/31/504/3392/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3393, 'FTZ35-03', 'FTZ35-03', '福州片区', '中国（福建）自由贸易试验区福州片区', 'ftz_area', 504, 31, '/1/31/504/3393/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3394, 'FTZ21-01', 'FTZ21-01', '大连片区', '中国（辽宁）自由贸易试验区大连片区', 'ftz_area', 505, 24, '/1/24/505/3394/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3395, 'FTZ21-02', 'FTZ21-02', '沈阳片区', '中国（辽宁）自由贸易试验区沈阳片区', 'ftz_area', 505, 24, '/1/24/505/3395/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3396, 'FTZ21-03', 'FTZ21-03', '营口片区', '中国（辽宁）自由贸易试验区营口片区', 'ftz_area', 505, 24, '/1/24/505/3396/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3397, 'FTZ33-01', 'FTZ33-01', '舟山离岛片区', '中国（浙江）自由贸易试验区舟山离岛片区', 'ftz_area', 506, 29, '/1/29/506/3397/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3398, 'FTZ33-02', 'FTZ33-02', '舟山岛北部片区', '中国（浙江）自由贸易试验区舟山岛北部片区', 'ftz_area', 506, 29, '/1/29/506/3398/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3399, 'FTZ33-03', 'FTZ33-03', '舟山岛南部片区', '中国（浙江）自由贸易试验区舟山岛南部片区', 'ftz_area', 506, 29, '/1/29/506/3399/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3400, 'FTZ33-04', 'FTZ33-04', '宁波片区', '中国（浙江）自由贸易试验区宁波片区', 'ftz_area', 506, 29, '/1/29/506/3400/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3401, 'FTZ33-05', 'FTZ33-05', '杭州片区', '中国（浙江）自由贸易试验区杭州片区', 'ftz_area', 506, 29, '/1/29/506/3401/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3402, 'FTZ33-06', 'FTZ33-06', '金义片区', '中国（浙江）自由贸易试验区金义片区', 'ftz_area', 506, 29, '/1/29/506/3402/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3403, 'FTZ41-01', 'FTZ41-01', '郑州片区', '中国（河南）自由贸易试验区郑州片区', 'ftz_area', 507, 34, '/1/34/507/3403/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3404, 'FTZ41-02', 'FTZ41-02', '开封片区', '中国（河南）自由贸易试验区开封片区', 'ftz_area', 507, 34, '/1/34/507/3404/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3405, 'FTZ41-03', 'FTZ41-03', '洛阳片区', '中国（河南）自由贸易试验区洛阳片区', 'ftz_area', 507, 34, '/1/34/507/3405/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3406, 'FTZ42-01', 'FTZ42-01', '武汉片区', '中国（湖北）自由贸易试验区武汉片区', 'ftz_area', 508, 35, '/1/35/508/3406/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3407, 'FTZ42-02', 'FTZ42-02', '襄阳片区', '中国（湖北）自由贸易试验区襄阳片区', 'ftz_area', 508, 35, '/1/35/508/3407/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3408, 'FTZ42-03', 'FTZ42-03', '宜昌片区', '中国（湖北）自由贸易试验区宜昌片区', 'ftz_area', 508, 35, '/1/35/508/3408/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3409, 'FTZ50-01', 'FTZ50-01', '两江片区', '中国（重庆）自由贸易试验区两江片区', 'ftz_area', 509, 40, '/1/40/509/3409/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3410, 'FTZ50-02', 'FTZ50-02', '西永片区', '中国（重庆）自由贸易试验区西永片区', 'ftz_area', 509, 40, '/1/40/509/3410/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3411, 'FTZ50-03', 'FTZ50-03', '果园港片区', '中国（重庆）自由贸易试验区果园港片区', 'ftz_area', 509, 40, '/1/40/509/3411/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3412, 'FTZ51-01', 'FTZ51-01', '成都天府新区片区', '中国（四川）自由贸易试验区成都天府新区片区', 'ftz_area', 510, 41, '/1/41/510/3412/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3413, 'FTZ51-02', 'FTZ51-02', '成都青白江铁路港片区', '中国（四川）自由贸易试验区成都青白江铁路港片区', 'ftz_area', 510, 41, '/1/41/510/3413/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3414, 'FTZ51-03', 'FTZ51-03', '川南临港片区', '中国（四川）自由贸易试验区川南临港片区', 'ftz_area', 510, 41, '/1/41/510/3414/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3415, 'FTZ61-01', 'FTZ61-01', '中心片区', '中国（陕西）自由贸易试验区中心片区', 'ftz_area', 511, 45, '/1/45/511/3415/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3416, 'FTZ61-02', 'FTZ61-02', '西安国际港务区片区', '中国（陕西）自由贸易试验区西安国际港务区片区', 'ftz_area', 511, 45, '/1/45/511/3416/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3417, 'FTZ61-03', 'FTZ61-03', '杨凌示范区片区', '中国（陕西）自由贸易试验区杨凌示范区片区', 'ftz_area', 511, 45, '/1/45/511/3417/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3418, 'FTZ46-01', 'FTZ46-01', '全岛(海南自贸试验区)', '中国（海南）自由贸易试验区全岛(海南自贸试验区)', 'ftz_area', 512, 39, '/1/39/512/3418/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3419, 'FTZ37-01', 'FTZ37-01', '济南片区', '中国（山东）自由贸易试验区济南片区', 'ftz_area', 513, 33, '/1/33/513/3419/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3420, 'FTZ37-02', 'FTZ37-02', '青岛片区', '中国（山东）自由贸易试验区青岛片区', 'ftz_area', 513, 33, '/1/33/513/3420/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3421, 'FTZ37-03', 'FTZ37-03', '烟台片区', '中国（山东）自由贸易试验区烟台片区', 'ftz_area', 513, 33, '/1/33/513/3421/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3422, 'FTZ32-01', 'FTZ32-01', '南京片区', '中国（江苏）自由贸易试验区南京片区', 'ftz_area', 514, 28, '/1/28/514/3422/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3423, 'FTZ32-02', 'FTZ32-02', '苏州片区', '中国（江苏）自由贸易试验区苏州片区', 'ftz_area', 514, 28, '/1/28/514/3423/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3424, 'FTZ32-03', 'FTZ32-03', '连云港片区', '中国（江苏）自由贸易试验区连云港片区', 'ftz_area', 514, 28, '/1/28/514/3424/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3425, 'FTZ45-01', 'FTZ45-01', '南宁片区', '中国（广西）自由贸易试验区南宁片区', 'ftz_area', 515, 38, '/1/38/515/3425/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3426, 'FTZ45-02', 'FTZ45-02', '钦州港片区', '中国（广西）自由贸易试验区钦州港片区', 'ftz_area', 515, 38, '/1/38/515/3426/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3427, 'FTZ45-03', 'FTZ45-03', '崇左片区', '中国（广西）自由贸易试验区崇左片区', 'ftz_area', 515, 38, '/1/38/515/3427/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3428, 'FTZ13-01', 'FTZ13-01', '雄安片区', '中国（河北）自由贸易试验区雄安片区', 'ftz_area', 516, 21, '/1/21/516/3428/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3429, 'FTZ13-02', 'FTZ13-02', '正定片区', '中国（河北）自由贸易试验区正定片区', 'ftz_area', 516, 21, '/1/21/516/3429/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3430, 'FTZ13-03', 'FTZ13-03', '曹妃甸片区', '中国（河北）自由贸易试验区曹妃甸片区', 'ftz_area', 516, 21, '/1/21/516/3430/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3431, 'FTZ13-04', 'FTZ13-04', '大兴机场片区', '中国（河北）自由贸易试验区大兴机场片区', 'ftz_area', 516, 21, '/1/21/516/3431/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3432, 'FTZ53-01', 'FTZ53-01', '昆明片区', '中国（云南）自由贸易试验区昆明片区', 'ftz_area', 517, 43, '/1/43/517/3432/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3433, 'FTZ53-02', 'FTZ53-02', '红河片区', '中国（云南）自由贸易试验区红河片区', 'ftz_area', 517, 43, '/1/43/517/3433/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3434, 'FTZ53-03', 'FTZ53-03', '德宏片区', '中国（云南）自由贸易试验区德宏片区', 'ftz_area', 517, 43, '/1/43/517/3434/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3435, 'FTZ23-01', 'FTZ23-01', '哈尔滨片区', '中国（黑龙江）自由贸易试验区哈尔滨片区', 'ftz_area', 518, 26, '/1/26/518/3435/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3436, 'FTZ23-02', 'FTZ23-02', '黑河片区', '中国（黑龙江）自由贸易试验区黑河片区', 'ftz_area', 518, 26, '/1/26/518/3436/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3437, 'FTZ23-03', 'FTZ23-03', '绥芬河片区', '中国（黑龙江）自由贸易试验区绥芬河片区', 'ftz_area', 518, 26, '/1/26/518/3437/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3438, 'FTZ11-01', 'FTZ11-01', '科技创新片区', '中国（北京）自由贸易试验区科技创新片区', 'ftz_area', 519, 19, '/1/19/519/3438/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3439, 'FTZ11-02', 'FTZ11-02', '国际商务服务片区', '中国（北京）自由贸易试验区国际商务服务片区', 'ftz_area', 519, 19, '/1/19/519/3439/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3440, 'FTZ11-03', 'FTZ11-03', '高端产业片区', '中国（北京）自由贸易试验区高端产业片区', 'ftz_area', 519, 19, '/1/19/519/3440/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3441, 'FTZ43-01', 'FTZ43-01', '长沙片区', '中国（湖南）自由贸易试验区长沙片区', 'ftz_area', 520, 36, '/1/36/520/3441/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3442, 'FTZ43-02', 'FTZ43-02', '岳阳片区', '中国（湖南）自由贸易试验区岳阳片区', 'ftz_area', 520, 36, '/1/36/520/3442/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3443, 'FTZ43-03', 'FTZ43-03', '郴州片区', '中国（湖南）自由贸易试验区郴州片区', 'ftz_area', 520, 36, '/1/36/520/3443/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3444, 'FTZ34-01', 'FTZ34-01', '合肥片区', '中国（安徽）自由贸易试验区合肥片区', 'ftz_area', 521, 30, '/1/30/521/3444/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3445, 'FTZ34-02', 'FTZ34-02', '芜湖片区', '中国（安徽）自由贸易试验区芜湖片区', 'ftz_area', 521, 30, '/1/30/521/3445/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3446, 'FTZ34-03', 'FTZ34-03', '蚌埠片区', '中国（安徽）自由贸易试验区蚌埠片区', 'ftz_area', 521, 30, '/1/30/521/3446/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3447, 'FTZ65-01', 'FTZ65-01', '乌鲁木齐片区', '中国（新疆）自由贸易试验区乌鲁木齐片区', 'ftz_area', 522, 49, '/1/49/522/3447/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3448, 'FTZ65-02', 'FTZ65-02', '喀什片区', '中国（新疆）自由贸易试验区喀什片区', 'ftz_area', 522, 49, '/1/49/522/3448/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (3449, 'FTZ65-03', 'FTZ65-03', '霍尔果斯片区', '中国（新疆）自由贸易试验区霍尔果斯片区', 'ftz_area', 522, 49, '/1/49/522/3449/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (19, '110000', '110000', '北京市', '北京市人民政府', 'province', 1, 19, '/1/19/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (20, '120000', '120000', '天津市', '天津市人民政府', 'province', 1, 20, '/1/20/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (21, '130000', '130000', '河北省', '河北省人民政府', 'province', 1, 21, '/1/21/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (22, '140000', '140000', '山西省', '山西省人民政府', 'province', 1, 22, '/1/22/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (23, '150000', '150000', '内蒙古自治区', '内蒙古自治区人民政府', 'province', 1, 23, '/1/23/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (24, '210000', '210000', '辽宁省', '辽宁省人民政府', 'province', 1, 24, '/1/24/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (25, '220000', '220000', '吉林省', '吉林省人民政府', 'province', 1, 25, '/1/25/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (26, '230000', '230000', '黑龙江省', '黑龙江省人民政府', 'province', 1, 26, '/1/26/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (27, '310000', '310000', '上海市', '上海市人民政府', 'province', 1, 27, '/1/27/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (28, '320000', '320000', '江苏省', '江苏省人民政府', 'province', 1, 28, '/1/28/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (29, '330000', '330000', '浙江省', '浙江省人民政府', 'province', 1, 29, '/1/29/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (30, '340000', '340000', '安徽省', '安徽省人民政府', 'province', 1, 30, '/1/30/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (31, '350000', '350000', '福建省', '福建省人民政府', 'province', 1, 31, '/1/31/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (32, '360000', '360000', '江西省', '江西省人民政府', 'province', 1, 32, '/1/32/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (33, '370000', '370000', '山东省', '山东省人民政府', 'province', 1, 33, '/1/33/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (34, '410000', '410000', '河南省', '河南省人民政府', 'province', 1, 34, '/1/34/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (35, '420000', '420000', '湖北省', '湖北省人民政府', 'province', 1, 35, '/1/35/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (36, '430000', '430000', '湖南省', '湖南省人民政府', 'province', 1, 36, '/1/36/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (37, '440000', '440000', '广东省', '广东省人民政府', 'province', 1, 37, '/1/37/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (38, '450000', '450000', '广西壮族自治区', '广西壮族自治区人民政府', 'province', 1, 38, '/1/38/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (39, '460000', '460000', '海南省', '海南省人民政府', 'province', 1, 39, '/1/39/', true, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (40, '500000', '500000', '重庆市', '重庆市人民政府', 'province', 1, 40, '/1/40/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (41, '510000', '510000', '四川省', '四川省人民政府', 'province', 1, 41, '/1/41/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (42, '520000', '520000', '贵州省', '贵州省人民政府', 'province', 1, 42, '/1/42/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (43, '530000', '530000', '云南省', '云南省人民政府', 'province', 1, 43, '/1/43/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (44, '540000', '540000', '西藏自治区', '西藏自治区人民政府', 'province', 1, 44, '/1/44/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (45, '610000', '610000', '陕西省', '陕西省人民政府', 'province', 1, 45, '/1/45/', false, true, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (46, '620000', '620000', '甘肃省', '甘肃省人民政府', 'province', 1, 46, '/1/46/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (47, '630000', '630000', '青海省', '青海省人民政府', 'province', 1, 47, '/1/47/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (48, '640000', '640000', '宁夏回族自治区', '宁夏回族自治区人民政府', 'province', 1, 48, '/1/48/', false, false, NULL, '2026-11-27 00:08:15.645937+00');
INSERT INTO "public"."units" OVERRIDING SYSTEM VALUE VALUES (49, '650000', '650000', '新疆维吾尔自治区', '新疆维吾尔自治区人民政府', 'province', 1, 49, '/1/49/', false, true, NULL, '2026-11-27 00:08:15.645937+00');


--
-- Data for Name: user_grants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."user_grants" VALUES (1, 37, 'reporter');
INSERT INTO "public"."user_grants" VALUES (2, 242, 'reporter');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO "public"."users" OVERRIDING SYSTEM VALUE VALUES (1, 'gd.fixture', 'gd.fixture', '$argon2id$v=19$m=65536,t=2,p=2$DTtwKdoyQy3lx7pb9bVLfQ$waFMRnRwj3ihfRcTCT2QGNHkoz89CdZPZsRrifoRM1A', false, 0, NULL, '2026-11-27 00:08:16.911072+00', '2026-11-27 00:08:16.911072+00', '');
INSERT INTO "public"."users" OVERRIDING SYSTEM VALUE VALUES (2, 'sz.fixture', 'sz.fixture', '$argon2id$v=19$m=65536,t=2,p=2$TSgBdD0pNCVY+Rdp0Jf/yg$ojm67ox/A7GRsiwONUfCi9O3uiHkDZd2L6mzGJNuv6M', false, 0, NULL, '2026-11-27 00:08:17.41538+00', '2026-11-27 00:08:17.41538+00', '');


--
-- Name: api_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."api_tokens_id_seq"', 1, false);


--
-- Name: batches_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."batches_id_seq"', 1, true);


--
-- Name: domains_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."domains_id_seq"', 5, true);


--
-- Name: evidence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."evidence_id_seq"', 1, true);


--
-- Name: items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."items_id_seq"', 24, true);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."notifications_id_seq"', 1, true);


--
-- Name: reports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."reports_id_seq"', 1, true);


--
-- Name: task_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."task_events_id_seq"', 3, true);


--
-- Name: tasks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."tasks_id_seq"', 749, true);


--
-- Name: units_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."units_id_seq"', 3449, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('"public"."users_id_seq"', 2, true);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."api_tokens"
    ADD CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id");


--
-- Name: api_tokens api_tokens_secret_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."api_tokens"
    ADD CONSTRAINT "api_tokens_secret_hash_key" UNIQUE ("secret_hash");


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."audit_log"
    ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id");


--
-- Name: batches batches_doc_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."batches"
    ADD CONSTRAINT "batches_doc_no_key" UNIQUE ("doc_no");


--
-- Name: batches batches_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."batches"
    ADD CONSTRAINT "batches_number_key" UNIQUE ("number");


--
-- Name: batches batches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."batches"
    ADD CONSTRAINT "batches_pkey" PRIMARY KEY ("id");


--
-- Name: domains domains_batch_id_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."domains"
    ADD CONSTRAINT "domains_batch_id_seq_key" UNIQUE ("batch_id", "seq");


--
-- Name: domains domains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."domains"
    ADD CONSTRAINT "domains_pkey" PRIMARY KEY ("id");


--
-- Name: evidence evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."evidence"
    ADD CONSTRAINT "evidence_pkey" PRIMARY KEY ("id");


--
-- Name: item_aliases item_aliases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_aliases"
    ADD CONSTRAINT "item_aliases_pkey" PRIMARY KEY ("item_id", "pos");


--
-- Name: item_responsible item_responsible_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_responsible"
    ADD CONSTRAINT "item_responsible_pkey" PRIMARY KEY ("item_id", "pos");


--
-- Name: item_scope_units item_scope_units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_scope_units"
    ADD CONSTRAINT "item_scope_units_pkey" PRIMARY KEY ("item_id", "unit_id");


--
-- Name: items items_batch_id_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."items"
    ADD CONSTRAINT "items_batch_id_seq_key" UNIQUE ("batch_id", "seq");


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."items"
    ADD CONSTRAINT "items_pkey" PRIMARY KEY ("id");


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."notifications"
    ADD CONSTRAINT "notifications_pkey" PRIMARY KEY ("id");


--
-- Name: report_versions report_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."report_versions"
    ADD CONSTRAINT "report_versions_pkey" PRIMARY KEY ("report_id", "version");


--
-- Name: reports reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."reports"
    ADD CONSTRAINT "reports_pkey" PRIMARY KEY ("id");


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."schema_migrations"
    ADD CONSTRAINT "schema_migrations_pkey" PRIMARY KEY ("version");


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."sessions"
    ADD CONSTRAINT "sessions_pkey" PRIMARY KEY ("id");


--
-- Name: task_events task_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."task_events"
    ADD CONSTRAINT "task_events_pkey" PRIMARY KEY ("id");


--
-- Name: tasks tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."tasks"
    ADD CONSTRAINT "tasks_pkey" PRIMARY KEY ("id");


--
-- Name: unit_aliases unit_aliases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."unit_aliases"
    ADD CONSTRAINT "unit_aliases_pkey" PRIMARY KEY ("unit_id", "name");


--
-- Name: units units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."units"
    ADD CONSTRAINT "units_pkey" PRIMARY KEY ("id");


--
-- Name: units units_ref_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."units"
    ADD CONSTRAINT "units_ref_key_key" UNIQUE ("ref_key");


--
-- Name: user_grants user_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."user_grants"
    ADD CONSTRAINT "user_grants_pkey" PRIMARY KEY ("user_id", "unit_id", "role");


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."users"
    ADD CONSTRAINT "users_pkey" PRIMARY KEY ("id");


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."users"
    ADD CONSTRAINT "users_username_key" UNIQUE ("username");


--
-- Name: api_tokens_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "api_tokens_user" ON "public"."api_tokens" USING "btree" ("user_id");


--
-- Name: audit_log_action; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "audit_log_action" ON "public"."audit_log" USING "btree" ("action");


--
-- Name: audit_log_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "audit_log_actor" ON "public"."audit_log" USING "btree" ("actor");


--
-- Name: audit_log_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "audit_log_at" ON "public"."audit_log" USING "btree" ("at");


--
-- Name: audit_log_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "audit_log_object" ON "public"."audit_log" USING "btree" ("object");


--
-- Name: evidence_report; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "evidence_report" ON "public"."evidence" USING "btree" ("report_id");


--
-- Name: item_responsible_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "item_responsible_unit" ON "public"."item_responsible" USING "btree" ("unit_name");


--
-- Name: items_domain; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "items_domain" ON "public"."items" USING "btree" ("domain_id");


--
-- Name: notifications_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "notifications_once" ON "public"."notifications" USING "btree" ("task_id", "kind", "day");


--
-- Name: notifications_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "notifications_unit" ON "public"."notifications" USING "btree" ("unit_id", "created_at");


--
-- Name: notifications_unsent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "notifications_unsent" ON "public"."notifications" USING "btree" ("sent_at", "claimed_at");


--
-- Name: reports_task_period; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "reports_task_period" ON "public"."reports" USING "btree" ("task_id", "period");


--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "sessions_user" ON "public"."sessions" USING "btree" ("user_id");


--
-- Name: task_events_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "task_events_task" ON "public"."task_events" USING "btree" ("task_id", "id");


--
-- Name: tasks_divided; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "tasks_divided" ON "public"."tasks" USING "btree" ("parent_id", "unit_id") WHERE ("parent_id" IS NOT NULL);


--
-- Name: tasks_first_level; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "tasks_first_level" ON "public"."tasks" USING "btree" ("item_id", "unit_id", "role") WHERE ("parent_id" IS NULL);


--
-- Name: tasks_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "tasks_item" ON "public"."tasks" USING "btree" ("item_id");


--
-- Name: tasks_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "tasks_state" ON "public"."tasks" USING "btree" ("state");


--
-- Name: tasks_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "tasks_unit" ON "public"."tasks" USING "btree" ("unit_id");


--
-- Name: unit_aliases_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "unit_aliases_name" ON "public"."unit_aliases" USING "btree" ("name");


--
-- Name: units_active_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "units_active_name" ON "public"."units" USING "btree" ("parent_id", "name") WHERE ("retired_at" IS NULL);


--
-- Name: units_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "units_name" ON "public"."units" USING "btree" ("name");


--
-- Name: units_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "units_parent" ON "public"."units" USING "btree" ("parent_id");


--
-- Name: units_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "units_path" ON "public"."units" USING "btree" ("path");


--
-- Name: user_grants_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "user_grants_unit" ON "public"."user_grants" USING "btree" ("unit_id");


--
-- Name: audit_log audit_log_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "audit_log_append_only" BEFORE DELETE OR UPDATE OR TRUNCATE ON "public"."audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "public"."audit_log_append_only"();


--
-- Name: api_tokens api_tokens_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."api_tokens"
    ADD CONSTRAINT "api_tokens_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id");


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."api_tokens"
    ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE CASCADE;


--
-- Name: domains domains_batch_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."domains"
    ADD CONSTRAINT "domains_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE CASCADE;


--
-- Name: evidence evidence_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."evidence"
    ADD CONSTRAINT "evidence_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id");


--
-- Name: item_aliases item_aliases_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_aliases"
    ADD CONSTRAINT "item_aliases_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE CASCADE;


--
-- Name: item_responsible item_responsible_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_responsible"
    ADD CONSTRAINT "item_responsible_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE CASCADE;


--
-- Name: item_scope_units item_scope_units_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_scope_units"
    ADD CONSTRAINT "item_scope_units_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE CASCADE;


--
-- Name: item_scope_units item_scope_units_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."item_scope_units"
    ADD CONSTRAINT "item_scope_units_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id");


--
-- Name: items items_batch_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."items"
    ADD CONSTRAINT "items_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE CASCADE;


--
-- Name: items items_domain_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."items"
    ADD CONSTRAINT "items_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE SET NULL;


--
-- Name: notifications notifications_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."notifications"
    ADD CONSTRAINT "notifications_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id");


--
-- Name: notifications notifications_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."notifications"
    ADD CONSTRAINT "notifications_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id");


--
-- Name: report_versions report_versions_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."report_versions"
    ADD CONSTRAINT "report_versions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id");


--
-- Name: reports reports_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."reports"
    ADD CONSTRAINT "reports_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id");


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."sessions"
    ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE CASCADE;


--
-- Name: task_events task_events_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."task_events"
    ADD CONSTRAINT "task_events_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id");


--
-- Name: tasks tasks_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."tasks"
    ADD CONSTRAINT "tasks_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id");


--
-- Name: tasks tasks_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."tasks"
    ADD CONSTRAINT "tasks_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id");


--
-- Name: tasks tasks_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."tasks"
    ADD CONSTRAINT "tasks_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id");


--
-- Name: unit_aliases unit_aliases_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."unit_aliases"
    ADD CONSTRAINT "unit_aliases_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE CASCADE;


--
-- Name: units units_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."units"
    ADD CONSTRAINT "units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id");


--
-- Name: units units_province_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."units"
    ADD CONSTRAINT "units_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id");


--
-- Name: user_grants user_grants_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."user_grants"
    ADD CONSTRAINT "user_grants_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id");


--
-- Name: user_grants user_grants_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY "public"."user_grants"
    ADD CONSTRAINT "user_grants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


