#!/usr/bin/env python3
"""Generate a synthetic ctoladder role library for benchmarks.

    gen_library.py --roles N --seed S --out DIR

writes DIR/bench-role-NNNNN.yaml (N files, ~3 KB each) and DIR/domains.yaml, valid per
docs/role-format.md, meant to be used as a user folder (--roles DIR) layered over the built-in
library. Generated ids never collide with the built-in ids.

Properties:
  * byte-identical output for the same N and seed (own integer PRNG, no dict/set order, no
    dependence on the Python version or hash randomisation);
  * prefix-stable: role i depends only on the seed and on roles 0..i-1, so the library for N=10
    is exactly the first 10 files of the library for N=10000 (same seed). `next` and `extends`
    therefore only point to roles with a LOWER index (so there are no cycles);
  * responsibility ids come from a shared pool of 216 ids (the same duty has the same id, domain
    and text everywhere), so many roles share ids;
  * aliases are unique across the library and never equal an id;
  * overlays only remove/reword ids in the role's own responsibilities list; their add ids are
    not in the role (own or inherited) and differ between overlays.

Standard library only. Prints the total number of bytes written.
"""

import argparse
import hashlib
import os
import re
import sys

BUILTIN_IDS = (
    "programmer senior-engineer architect tech-manager tech-director cto chief-architect "
    "head-of-engineering"
).split()

DOMAIN_IDS = [
    "strategy", "architecture", "engineering", "implementation", "organization",
    "hiring", "development", "delivery", "influence",
]

A000 = "000_dd70d542bb17934c.txt"
A004 = "004_3fe3bb29514d875f.txt"

# ---------------------------------------------------------------------------------------------
# Deterministic PRNG (splitmix64): integer-only, identical on every Python 3.


class Rng:
    MASK = (1 << 64) - 1

    def __init__(self, *key):
        digest = hashlib.sha256(":".join(str(k) for k in key).encode()).digest()
        self.state = int.from_bytes(digest[:8], "little")

    def u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.u64() % n

    def between(self, lo, hi):  # inclusive
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def weighted(self, weights):
        total = sum(weights)
        x = self.below(total)
        for i, w in enumerate(weights):
            if x < w:
                return i
            x -= w
        return len(weights) - 1


# ---------------------------------------------------------------------------------------------
# YAML scalar writing: plain where unambiguous, else a JSON-style double-quoted scalar (valid YAML).

_PLAIN = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff\uff08\uff09（）][^,:#{}\[\]\"'&*!|>%@`\\\n]*$")
_RESERVED = re.compile(
    r"^(y|n|yes|no|true|false|on|off|null|~|[-+]?[0-9][0-9_.eExXoO+-]*|\.inf|\.nan)$",
    re.IGNORECASE)


def q(s):
    if _PLAIN.match(s) and not s.endswith(" ") and not _RESERVED.match(s):
        return s
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def tr(en, zh):
    return "{en: %s, zh: %s}" % (q(en), q(zh))


def src(article, section):
    return "{article: %s, section: %s}" % (q(article), q(section))


# ---------------------------------------------------------------------------------------------
# Vocabulary.

DOMAINS = {
    "strategy": ("Technical strategy", "技术战略", A000, "技术战略",
                 "Where technology should take the business over the next years, and what to bet on.",
                 "技术发展方向与关键技术投入，决定公司未来几年的技术路线。"),
    "architecture": ("Architecture", "架构设计", A004, "架构师",
                     "The structure of systems: boundaries, interfaces, non-functional requirements.",
                     "系统的结构：边界、接口与非功能需求。"),
    "engineering": ("Engineering excellence", "卓越工程", A000, "卓越工程",
                    "How software is built: quality, tooling, practices and operational health.",
                    "软件如何被构建：质量、工具、实践与线上稳定性。"),
    "implementation": ("Implementation", "编码实现", A004, "高级程序员",
                       "Hands-on design and coding of features, fixes and investigations.",
                       "功能、缺陷修复与问题排查的方案设计和编码实现。"),
    "organization": ("Organization design", "组织设计", A000, "组织设计",
                     "How teams are shaped, staffed, led and made to work together.",
                     "团队如何划分、配置、领导以及协同工作。"),
    "hiring": ("Hiring", "招聘", A000, "招聘和职业发展",
               "Finding, assessing and bringing in engineers.",
               "寻找、评估并引入工程师。"),
    "development": ("Career development", "职业发展", A000, "招聘和职业发展",
                    "Growing people: coaching, feedback, promotion and learning.",
                    "培养人才：辅导、反馈、晋升与学习。"),
    "delivery": ("Alignment and delivery", "对准和交付", A000, "调整和交付",
                 "Turning plans into shipped results, on time and aligned with the business.",
                 "把计划变成按时交付、与业务对齐的结果。"),
    "influence": ("Influence", "影响力", A000, "成为一名有效的首席技术官",
                  "Standing and voice inside the company and in the industry.",
                  "在公司内部与行业中的影响力与口碑。"),
}

# Per domain: verbs (slug, en, zh) x objects (slug, en, zh) -> 4 x 6 = 24 ids, 216 in all.
VERBS = {
    "strategy": [("define", "Define", "制定"), ("review", "Review", "评审"),
                 ("evolve", "Evolve", "演进"), ("communicate", "Communicate", "宣讲")],
    "architecture": [("design", "Design", "设计"), ("review", "Review", "评审"),
                     ("document", "Document", "记录"), ("simplify", "Simplify", "简化")],
    "engineering": [("improve", "Improve", "提升"), ("standardize", "Standardize", "规范"),
                    ("automate", "Automate", "自动化"), ("monitor", "Monitor", "监控")],
    "implementation": [("build", "Build", "实现"), ("debug", "Debug", "排查"),
                       ("refactor", "Refactor", "重构"), ("test", "Test", "测试")],
    "organization": [("shape", "Shape", "规划"), ("staff", "Staff", "配置"),
                     ("lead", "Lead", "带领"), ("restructure", "Restructure", "调整")],
    "hiring": [("plan", "Plan", "规划"), ("run", "Run", "组织"),
               ("calibrate", "Calibrate", "校准"), ("close", "Close", "促成")],
    "development": [("coach", "Coach", "辅导"), ("assess", "Assess", "评估"),
                    ("promote", "Promote", "推动"), ("grow", "Grow", "培养")],
    "delivery": [("plan", "Plan", "规划"), ("track", "Track", "追踪"),
                 ("unblock", "Unblock", "疏通"), ("report", "Report", "汇报")],
    "influence": [("represent", "Represent", "代表"), ("advocate", "Advocate", "倡导"),
                  ("publish", "Publish", "发表"), ("align", "Align", "协调")],
}

OBJECTS = {
    "strategy": [("technology-roadmap", "the technology roadmap", "技术路线图"),
                 ("build-vs-buy", "build-versus-buy decisions", "自研与采购决策"),
                 ("platform-strategy", "the platform strategy", "平台战略"),
                 ("tech-debt-budget", "the technical-debt budget", "技术债预算"),
                 ("innovation-bets", "innovation bets", "创新投入"),
                 ("technology-radar", "the technology radar", "技术雷达")],
    "architecture": [("system-architecture", "the system architecture", "系统架构"),
                     ("service-boundaries", "service boundaries", "服务边界"),
                     ("api-contracts", "API contracts", "接口契约"),
                     ("data-model", "the data model", "数据模型"),
                     ("nonfunctional-requirements", "non-functional requirements", "非功能需求"),
                     ("architecture-decisions", "architecture decision records", "架构决策记录")],
    "engineering": [("code-quality", "code quality", "代码质量"),
                    ("ci-pipeline", "the CI pipeline", "持续集成流水线"),
                    ("release-process", "the release process", "发布流程"),
                    ("incident-response", "incident response", "故障响应"),
                    ("developer-tooling", "developer tooling", "研发工具链"),
                    ("engineering-metrics", "engineering metrics", "工程效能指标")],
    "implementation": [("core-features", "core features", "核心功能"),
                       ("hard-bugs", "hard production bugs", "疑难线上缺陷"),
                       ("performance-hotspots", "performance hotspots", "性能热点"),
                       ("data-pipelines", "data pipelines", "数据处理流程"),
                       ("shared-libraries", "shared libraries", "公共类库"),
                       ("prototypes", "prototypes", "原型验证")],
    "organization": [("team-topology", "the team topology", "团队拓扑"),
                     ("reporting-lines", "reporting lines", "汇报关系"),
                     ("on-call-rotation", "the on-call rotation", "值班轮换"),
                     ("engineering-budget", "the engineering budget", "研发预算"),
                     ("vendor-partners", "vendor partnerships", "外包与合作伙伴"),
                     ("cross-team-forums", "cross-team forums", "跨团队协作机制")],
    "hiring": [("hiring-plan", "the hiring plan", "招聘计划"),
               ("interview-loop", "the interview loop", "面试流程"),
               ("interview-questions", "interview questions", "面试题目"),
               ("hiring-bar", "the hiring bar", "录用标准"),
               ("senior-hires", "senior hires", "资深人才引进"),
               ("campus-recruiting", "campus recruiting", "校园招聘")],
    "development": [("career-ladder", "the career ladder", "职级体系"),
                    ("performance-reviews", "performance reviews", "绩效评估"),
                    ("mentoring-program", "the mentoring program", "导师制度"),
                    ("new-hire-onboarding", "new-hire onboarding", "新人培养"),
                    ("knowledge-sharing", "knowledge sharing", "技术分享"),
                    ("succession-plans", "succession plans", "梯队建设")],
    "delivery": [("quarterly-plans", "quarterly plans", "季度计划"),
                 ("project-milestones", "project milestones", "项目里程碑"),
                 ("delivery-risks", "delivery risks", "交付风险"),
                 ("effort-estimates", "effort estimates", "工作量评估"),
                 ("cross-team-dependencies", "cross-team dependencies", "跨团队依赖"),
                 ("launch-readiness", "launch readiness", "上线准备")],
    "influence": [("engineering-brand", "the engineering brand", "技术品牌"),
                  ("executive-team", "technology in the executive team", "管理层中的技术声音"),
                  ("industry-talks", "industry talks", "行业分享"),
                  ("open-source", "open-source contributions", "开源贡献"),
                  ("customer-trust", "customer trust in the technology", "客户对技术的信任"),
                  ("partner-relations", "relations with technical partners", "技术合作关系")],
}

CLAUSES = {
    "strategy": [("so that engineering investment follows the business goals", "使研发投入与业务目标保持一致"),
                 ("weighing cost, risk and time to market", "权衡成本、风险与上市时间"),
                 ("looking two to three years ahead", "着眼未来两到三年的发展")],
    "architecture": [("keeping the design simple enough to evolve", "让设计足够简单、便于演进"),
                     ("making trade-offs explicit and written down", "把取舍明确并形成文档"),
                     ("so that teams can change their parts independently", "使各团队能够独立修改各自部分")],
    "engineering": [("so that the team ships safely and often", "使团队能够安全、频繁地发布"),
                    ("measuring the effect of every change", "度量每一次改进的效果"),
                    ("turning lessons learned into shared practice", "把经验教训沉淀为共同实践")],
    "implementation": [("writing production-grade, well-tested code", "编写工业级、经过充分测试的代码"),
                       ("from analysis to a verified fix", "从分析诊断到验证修复"),
                       ("within the agreed design and schedule", "在既定方案与排期内完成")],
    "organization": [("so that every team has a clear mission and owner", "使每个团队都有清晰的使命和负责人"),
                     ("as the company grows past each size threshold", "随公司规模跨过各个阶段而调整"),
                     ("balancing autonomy against coordination cost", "在自主性与协调成本之间取得平衡")],
    "hiring": [("so that the bar stays high as the team grows", "在团队扩张时保持录用标准"),
               ("with structured, calibrated interviews", "采用结构化、经过校准的面试"),
               ("matching the roles the roadmap needs", "匹配路线图所需的岗位")],
    "development": [("with regular, specific feedback", "给予经常且具体的反馈"),
                    ("so that people see a path to the next level", "让每个人看到通往下一级的路径"),
                    ("building the next generation of leaders", "培养下一代技术骨干")],
    "delivery": [("so that commitments to the business are met", "确保对业务的承诺按时兑现"),
                 ("surfacing problems early and honestly", "尽早、如实地暴露问题"),
                 ("keeping product, design and engineering aligned", "保持产品、设计与研发步调一致")],
    "influence": [("inside the company and in the wider industry", "在公司内部与行业之中"),
                  ("earning trust through results", "以结果赢得信任"),
                  ("speaking for engineering at the top table", "在最高决策层代表技术团队发声")],
}

HOWS = [
    ("Owns this personally for {area} and reviews the outcome every sprint.",
     "在{area_zh}范围内亲自负责，每个迭代复盘结果。"),
    ("Delegates the day-to-day work to the leads and keeps the final call.",
     "把日常工作交给各组负责人，自己保留最终决策。"),
    ("Does it hands-on, pairing with the engineers who own the code.",
     "亲自动手，与负责代码的工程师结对完成。"),
    ("Sets the standard, coaches others and steps in on escalations.",
     "制定标准、辅导他人，并在问题升级时介入。"),
    ("Works with product and operations to agree the priorities first.",
     "先与产品和运营对齐优先级。"),
    ("Keeps a written record and shares it with the wider {area} group.",
     "形成书面记录，并在{area_zh}团队内共享。"),
]

AREAS = [
    ("payments", "Payments", "支付"), ("search", "Search", "搜索"),
    ("data", "Data", "数据"), ("infrastructure", "Infrastructure", "基础设施"),
    ("mobile", "Mobile", "移动端"), ("cloud-native", "Cloud Native", "云原生"),
    ("growth", "Growth", "增长"), ("security", "Security", "安全"),
    ("risk-control", "Risk Control", "风控"), ("trading", "Trading", "交易"),
    ("ai", "AI", "AI 算法"), ("frontend", "Frontend", "前端"),
    ("backend", "Backend", "后端"), ("storage", "Storage", "存储"),
    ("observability", "Observability", "可观测性"), ("devops", "DevOps", "DevOps"),
    ("middleware", "Middleware", "中间件"), ("gaming", "Gaming", "游戏"),
    ("e-commerce", "E-commerce", "电商"), ("logistics", "Logistics", "物流"),
    ("ads", "Ads", "广告"), ("recommendation", "Recommendation", "推荐"),
    ("iot", "IoT", "IoT 物联网"), ("fintech", "Fintech", "金融科技"),
    ("healthcare", "Healthcare", "医疗"), ("education", "Education", "在线教育"),
    ("maps", "Maps", "地图"), ("video", "Video", "视频"),
    ("messaging", "Messaging", "即时通讯"), ("compliance", "Compliance", "合规"),
]

QUALIFIERS = [
    ("platform", "Platform", "平台"), ("product", "Product", "业务"),
    ("core", "Core", "核心"), ("shared-services", "Shared Services", "中台"),
    ("systems", "Systems", "系统"), ("foundation", "Foundation", "基础"),
]

# rank -> list of (track, slug, en, zh)
TITLES = {
    1: [("individual-contributor", "engineer", "Engineer", "工程师"),
        ("individual-contributor", "programmer", "Programmer", "程序员"),
        ("individual-contributor", "developer", "Developer", "开发工程师")],
    2: [("individual-contributor", "senior-engineer", "Senior Engineer", "高级工程师"),
        ("individual-contributor", "senior-developer", "Senior Developer", "高级开发工程师")],
    3: [("individual-contributor", "staff-engineer", "Staff Engineer", "资深工程师"),
        ("individual-contributor", "tech-lead", "Tech Lead", "技术组长")],
    4: [("individual-contributor", "architect", "Architect", "架构师"),
        ("individual-contributor", "principal-engineer", "Principal Engineer", "首席工程师"),
        ("management", "engineering-manager", "Engineering Manager", "技术经理")],
    5: [("individual-contributor", "senior-architect", "Senior Architect", "高级架构师"),
        ("management", "senior-engineering-manager", "Senior Engineering Manager", "高级技术经理")],
    6: [("individual-contributor", "distinguished-engineer", "Distinguished Engineer", "杰出工程师"),
        ("management", "engineering-director", "Engineering Director", "技术总监")],
    7: [("management", "senior-director", "Senior Director of Engineering", "高级技术总监"),
        ("executive", "vp-engineering", "VP of Engineering", "技术副总裁")],
    8: [("executive", "technology-officer", "Chief Technology Officer", "首席技术官"),
        ("executive", "chief-scientist", "Chief Scientist", "首席科学家")],
}

RANK_WEIGHTS = [18, 20, 17, 14, 12, 9, 6, 4]
SCOPE_ZH = {"task": "任务", "module": "模块", "system": "系统", "product-line": "产品线",
            "platform": "平台", "company": "公司"}
SCOPES = {1: ["task"], 2: ["module", "task"], 3: ["module", "system"], 4: ["system"],
          5: ["system", "product-line"], 6: ["product-line", "platform"],
          7: ["platform", "company"], 8: ["company"]}
YEARS = {1: (0, 3), 2: (3, 8), 3: (5, 10), 4: (7, 12), 5: (8, 15), 6: (10, None),
         7: (12, None), 8: (15, None)}
TEAM_MIN = {1: 1, 2: 3, 3: 5, 4: 8, 5: 15, 6: 20, 7: 50, 8: 100}
CODING = {1: "core", 2: "core", 3: "core", 4: "part", 5: "part", 6: "part", 7: "none", 8: "none"}
RANK_SECTION = {1: (A004, "程序员"), 2: (A004, "高级程序员"), 3: (A004, "高级程序员"),
                4: (A004, "架构师"), 5: (A004, "技术经理"), 6: (A004, "技术总监"),
                7: (A004, "CTO"), 8: (A000, "首席技术官的角色和职责")}
# domain weights by rank band (index follows DOMAIN_IDS)
DOMAIN_WEIGHTS = {
    "low":  [1, 3, 6, 10, 1, 1, 2, 4, 1],
    "mid":  [3, 7, 6, 4, 3, 3, 4, 5, 2],
    "high": [8, 4, 4, 1, 7, 5, 5, 5, 6],
}

OVERLAYS = [
    ("startup", "variant", "In a startup", "初创公司",
     "the role is smaller, closer to the code and covers more ground",
     "角色更小、更贴近代码、覆盖面更广", A000, "初创公司首席技术官和大公司首席技术官的区别"),
    ("enterprise", "variant", "In a large company", "大公司",
     "the role is split across several people and works through managers",
     "职责由多人分担，更多通过管理者开展工作", A000, "初创公司首席技术官和大公司首席技术官的区别"),
    ("china", "profile", "As usually defined in China", "国内",
     "the role leans towards running the engineering organization",
     "角色偏重于研发管理", A004, "CTO"),
    ("us", "profile", "As usually defined in the US", "美国",
     "the role leans towards long-range technical direction",
     "角色偏重于长期技术方向", A004, "CTO"),
]


def build_pool():
    pool = []  # (id, domain, en, zh)
    for d in DOMAIN_IDS:
        clauses = CLAUSES[d]
        for vi, (vs, ven, vzh) in enumerate(VERBS[d]):
            for oi, (os_, oen, ozh) in enumerate(OBJECTS[d]):
                cen, czh = clauses[(vi + oi) % len(clauses)]
                rid = "%s-%s" % (vs, os_)
                if (vi + oi) % 3 == 0:  # a third of the duties carry a clause: texts of varied length
                    pool.append((rid, d, "%s %s, %s." % (ven, oen, cen), "%s%s，%s。" % (vzh, ozh, czh)))
                else:
                    pool.append((rid, d, "%s %s." % (ven, oen), "%s%s。" % (vzh, ozh)))
    ids = [p[0] for p in pool]
    assert len(ids) == len(set(ids)), "pool ids must be unique"
    by_domain = {d: [p for p in pool if p[1] == d] for d in DOMAIN_IDS}
    return pool, by_domain


POOL, POOL_BY_DOMAIN = build_pool()
POOL_INDEX = {p[0]: p for p in POOL}


# ---------------------------------------------------------------------------------------------

def role_id(i):
    return "bench-role-%05d" % i


def band(rank):
    return "low" if rank <= 3 else ("mid" if rank <= 5 else "high")


def pick_ids(rng, rank, count, exclude):
    """Pick `count` distinct pool ids (domain-weighted by rank) not in `exclude`."""
    chosen = []
    seen = set(exclude)
    weights = DOMAIN_WEIGHTS[band(rank)]
    attempts = 0
    while len(chosen) < count and attempts < count * 50:
        attempts += 1
        d = DOMAIN_IDS[rng.weighted(weights)]
        p = rng.choice(POOL_BY_DOMAIN[d])
        if p[0] not in seen:
            seen.add(p[0])
            chosen.append(p[0])
    return chosen


def resp_lines(rid, indent, rng, ctx, with_how_pct):
    _, d, en, zh = POOL_INDEX[rid]
    art, sec = DOMAINS[d][2], DOMAINS[d][3]
    pad = " " * indent
    lines = ["%s- id: %s" % (pad, rid),
             "%s  domain: %s" % (pad, d),
             "%s  text: %s" % (pad, tr(en, zh))]
    if rng.chance(with_how_pct):
        hen, hzh = rng.choice(HOWS)
        lines.append("%s  how: %s" % (pad, tr(hen.format(**ctx), hzh.format(**ctx))))
    lines.append("%s  source: %s" % (pad, src(art, sec)))
    return lines


class Library:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.ranks = []
        self.resolved = []      # full inherited responsibility id set per role
        self.depth = []         # extends-chain depth
        self.by_rank = {r: [] for r in range(1, 9)}

    def role(self, i):
        rng = Rng("ctoladder-bench", self.seed, i)
        rank = 1 + rng.weighted(RANK_WEIGHTS)
        track, tslug, ten, tzh = rng.choice(TITLES[rank])
        aslug, aen, azh = rng.choice(AREAS)
        qslug, qen, qzh = rng.choice(QUALIFIERS)
        rid = role_id(i)
        name_en = "%s %s %s" % (aen, qen, ten)
        name_zh = "%s%s%s" % (azh, qzh, tzh)
        ctx = {"area": aen + " " + qen, "area_zh": azh + qzh}
        scope = rng.choice(SCOPES[rank])

        out = ["id: %s" % rid,
               "name: %s" % tr(name_en, name_zh)]
        aliases = ["%s-%s-%s-%d" % (aslug, qslug, tslug, i)]
        if rng.chance(50):
            aliases.append("%s%d号" % (name_zh.replace(" ", ""), i))
        assert not any(a in BUILTIN_IDS or a.startswith("bench-role-") for a in aliases)
        out.append("aliases: [%s]" % ", ".join(q(a) for a in aliases))
        out.append("rank: %d" % rank)
        out.append("track: %s" % track)
        out.append("scope: %s" % scope)
        if rng.chance(75):
            lo, hi = YEARS[rank]
            out.append("years: {min: %d%s}" % (lo, "" if hi is None else ", max: %d" % hi))
        if track != "individual-contributor" or rng.chance(30):
            out.append("team_size: {min: %d}" % TEAM_MIN[rank])
        if rng.chance(80):
            out.append("coding: %s" % CODING[rank])
        out.append("summary: " + tr(
            "The %s %s works at %s scope: %s, owning the technical outcome for the %s area." %
            (aen + " " + qen, ten, scope, "hands-on and close to the code" if rank <= 3 else
             ("leading through design and people" if rank <= 6 else "setting direction for the whole organization"),
             aen),
            "%s在%s层面工作，对%s方向的技术结果负责，%s。" %
            (name_zh, SCOPE_ZH[scope], azh, "以编码实现为主" if rank <= 3 else
             ("通过设计与团队发挥作用" if rank <= 6 else "为整个技术组织确定方向"))))
        out.append("purpose: " + tr(
            "Gets %s work at %s scope done well and grows successors." %
            (aen, scope),
            "保证%s方向%s层面的工作质量，并培养接班人。" % (azh, SCOPE_ZH[scope])))

        # next: roles one or two ranks up, among roles with a lower index (prefix-stable).
        nxt = []
        if rank < 8 and rng.chance(70):
            for r in (rank + 1, rank + 2):
                cands = self.by_rank.get(r, [])
                if cands and len(nxt) < 2:
                    j = cands[rng.below(len(cands))]
                    if role_id(j) not in nxt:
                        nxt.append(role_id(j))
                    if rng.chance(60):
                        break
        if nxt:
            out.append("next: [%s]" % ", ".join(nxt))

        # extends: about 1 in 5 roles, a lower index, chain depth <= 4.
        base = None
        if i > 0 and rng.chance(20):
            for _ in range(4):
                j = rng.below(i)
                if self.depth[j] < 4 and (self.ranks[j] <= rank or rng.chance(30)):
                    base = j
                    break
        inherited = set(self.resolved[base]) if base is not None else set()
        if base is not None:
            out.append("extends: %s" % role_id(base))

        art, sec = RANK_SECTION[rank]
        out.append("sources:")
        out.append("  - %s" % src(art, sec))
        if rng.chance(40):
            out.append("  - %s" % src(A000, "首席技术官职位描述" if rank >= 6 else "首席技术官的主要优先事项"))

        # own responsibilities
        if base is None:
            own = pick_ids(rng, rank, rng.between(7, 10), ())
        else:
            own = pick_ids(rng, rank, rng.between(4, 7), inherited)
            if inherited and rng.chance(40):  # replace one inherited entry
                inh = sorted(inherited)
                rep = inh[rng.below(len(inh))]
                own.insert(rng.below(len(own) + 1), rep)
        out.append("responsibilities:")
        for r in own:
            out.extend(resp_lines(r, 2, rng, ctx, 15))

        removed = []
        if base is not None and rng.chance(50):
            cands = sorted(inherited - set(own))
            if cands:
                removed.append(cands[rng.below(len(cands))])
                out.append("remove: [%s]" % ", ".join(removed))
        resolved = (inherited - set(removed)) | set(own)

        # overlays: about 1 in 4 roles, 1-2 of them.
        if rng.chance(25):
            count = 2 if rng.chance(35) else 1
            names = []
            while len(names) < count:
                o = rng.choice(OVERLAYS)
                if o not in names:
                    names.append(o)
            names.sort(key=lambda o: OVERLAYS.index(o))
            touched = set()      # ids removed/reworded by any overlay of this role
            added = set()        # ids added by any overlay of this role
            out.append("overlays:")
            for (oname, axis, pen, pzh, den, dzh, oart, osec) in names:
                out.append("  %s:" % oname)
                out.append("    axis: %s" % axis)
                out.append("    summary: %s" % tr("%s, %s." % (pen, den), "%s：%s。" % (pzh, dzh)))
                out.append("    source: %s" % src(oart, osec))
                did = False
                if oname == "startup":
                    out.append("    set:")
                    out.append("      coding: core")
                    did = True
                elif oname == "enterprise":
                    out.append("    set:")
                    out.append("      team_size: {min: %d}" % (TEAM_MIN[rank] * 4))
                    did = True
                elif oname == "us" and rng.chance(50):
                    lo, _ = YEARS[rank]
                    out.append("    set:")
                    out.append("      years: {min: %d}" % (lo + 2))
                    did = True
                n_add = rng.between(0, 2)
                if n_add:
                    adds = pick_ids(rng, rank, n_add, resolved | added)
                    if adds:
                        out.append("    add:")
                        for a in adds:
                            added.add(a)
                            out.extend(resp_lines(a, 6, rng, ctx, 50))
                        did = True
                free = [r for r in own if r not in touched]
                if free and rng.chance(50):
                    r = free[rng.below(len(free))]
                    touched.add(r)
                    free.remove(r)
                    out.append("    remove: [%s]" % r)
                    did = True
                if free and (rng.chance(60) or not did):
                    rw = []
                    for _ in range(rng.between(1, 2)):
                        if not free:
                            break
                        r = free[rng.below(len(free))]
                        free.remove(r)
                        touched.add(r)
                        rw.append(r)
                    out.append("    reword:")
                    for r in rw:
                        hen, hzh = rng.choice(HOWS)
                        out.append("      - {id: %s, how: %s}" % (
                            r, tr("%s: %s" % (pen, hen.format(**ctx)), "%s：%s" % (pzh, hzh.format(**ctx)))))
        out.append("")

        self.ranks.append(rank)
        self.depth.append(0 if base is None else self.depth[base] + 1)
        self.resolved.append(frozenset(resolved))
        self.by_rank[rank].append(i)
        return rid, "\n".join(out)


def domains_yaml():
    out = ["# Domain catalogue for the synthetic benchmark library (bench/gen_library.py)", "domains:"]
    for d in DOMAIN_IDS:
        en, zh, art, sec, sen, szh = DOMAINS[d]
        out.append("  - id: %s" % d)
        out.append("    name: %s" % tr(en, zh))
        out.append("    summary: %s" % tr(sen, szh))
        out.append("    sources:")
        out.append("      - %s" % src(art, sec))
    out.append("")
    return "\n".join(out)


def write(path, text):
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--roles", type=int, required=True, help="number of role files (N)")
    ap.add_argument("--seed", default="1", help="seed (any string); same seed + N = same bytes")
    ap.add_argument("--out", required=True, help="output folder (created; stale bench-role files removed)")
    args = ap.parse_args(argv)
    if args.roles < 0 or args.roles > 99999:
        ap.error("--roles must be in 0..99999")

    os.makedirs(args.out, exist_ok=True)
    for f in os.listdir(args.out):  # stale files from a larger earlier run
        if f.startswith("bench-role-") and f.endswith(".yaml"):
            os.remove(os.path.join(args.out, f))

    lib = Library(args.roles, args.seed)
    total = write(os.path.join(args.out, "domains.yaml"), domains_yaml())
    for i in range(args.roles):
        rid, text = lib.role(i)
        assert rid not in BUILTIN_IDS
        total += write(os.path.join(args.out, rid + ".yaml"), text)
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
