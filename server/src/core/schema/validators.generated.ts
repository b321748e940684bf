/* eslint-disable */
// @ts-nocheck
// Generated from schemas/cxroadmap.schema.json by scripts/generate-validators.mjs. Do not edit.
"use strict";
export const validateRoot = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/cxroadmap/cxroadmap/raw/main/schemas/cxroadmap.schema.json#root-without-initiative-contents","title":"cxroadmap","description":"A customer-experience roadmap: the multi-year plan that turns the five customer leadership competencies of \"Chief Customer Officer 2.0\" (Jeanne Bliss, 2015) into dated initiatives, each with one owner. One roadmap per file, named *.cxroadmap.yaml. Required: cxroadmap, title, horizon, initiatives. Keys starting with x- are yours, at any level.","markdownDescription":"A customer-experience roadmap: the multi-year plan that turns the five customer leadership competencies of *Chief Customer Officer 2.0* (Jeanne Bliss, 2015) into dated initiatives, each with one owner.\n\nOne roadmap per file, named `*.cxroadmap.yaml`. Required: `cxroadmap`, `title`, `horizon`, `initiatives`. Keys starting with `x-` are yours, at any level.","type":"object","required":["cxroadmap","title","horizon","initiatives"],"properties":{"cxroadmap":{"description":"Version of the roadmap file format. Write 1: it tells cxroadmap and other tools which contract the file follows. Example: cxroadmap: 1","markdownDescription":"Version of the roadmap file format. Write `1`: it tells cxroadmap and other tools which contract the file follows.\n\nExample:\n\n```yaml\ncxroadmap: 1\n```","const":1,"examples":[1]},"title":{"description":"The roadmap's name, as leaders see it in reviews and at the top of the Gantt chart. Example: title: Acme Customer Experience Roadmap","markdownDescription":"The roadmap's name, as leaders see it in reviews and at the top of the Gantt chart.\n\nExample:\n\n```yaml\ntitle: Acme Customer Experience Roadmap\n```","$ref":"#/definitions/name","examples":["Acme Customer Experience Roadmap"]},"owner":{"description":"The customer leader accountable for the whole roadmap: the CCO, CXO or whoever holds that role, the architect and facilitator of the customer-driven growth engine. \"Take personal ownership\" and \"role clarity of the CCO position\" (Jeanne Bliss): one named person whose role the leadership team has agreed. Example: owner: Dana Reyes","markdownDescription":"The customer leader accountable for the whole roadmap: the CCO, CXO or whoever holds that role, the architect and facilitator of the customer-driven growth engine. *Take personal ownership* and *role clarity of the CCO position* (Jeanne Bliss): one named person whose role the leadership team has agreed.\n\nExample:\n\n```yaml\nowner: Dana Reyes\n```","$ref":"#/definitions/name","examples":["Dana Reyes"]},"sponsor":{"description":"The top executive, usually the CEO, who backs the roadmap and clears the politics that would otherwise wear the customer leader down. \"CEO provides political cover\" (Jeanne Bliss, \"6 Specific Actions Chief Customer Officers Can Take\"). Rule no-sponsor warns without it. Example: sponsor: Sam Ortiz (CEO)","markdownDescription":"The top executive, usually the CEO, who backs the roadmap and clears the politics that would otherwise wear the customer leader down. *CEO provides political cover* (Jeanne Bliss, \"6 Specific Actions Chief Customer Officers Can Take\"). Rule `no-sponsor` warns without it.\n\nExample:\n\n```yaml\nsponsor: Sam Ortiz (CEO)\n```","$ref":"#/definitions/name","examples":["Sam Ortiz (CEO)"]},"horizon":{"description":"The period the roadmap commits to, start to end, both inclusive. \"Establish corporate patience\" (Jeanne Bliss): customer-driven growth takes years, so aim for an ambitious but achievable five-year plan. Rule short-horizon warns when the horizon is shorter than configured (5 years by default).","markdownDescription":"The period the roadmap commits to, `start` to `end`, both inclusive. *Establish corporate patience* (Jeanne Bliss): customer-driven growth takes years, so aim for an ambitious but achievable five-year plan. Rule `short-horizon` warns when the horizon is shorter than configured (5 years by default).\n\nExample:\n\n```yaml\nhorizon:\n  start: 2027-01-01\n  end: 2031-12-31\n```","$ref":"#/definitions/horizon","examples":[{"start":"2027-01-01","end":"2031-12-31"},{"start":2027,"end":2031}]},"governance":{"description":"Who steers the roadmap and how often they meet. \"Implement the right governance\" (Jo Boswell): a clear way of deciding customer priorities, and the right people on the customer-experience board.","markdownDescription":"Who steers the roadmap and how often they meet. *Implement the right governance* (Jo Boswell): a clear way of deciding customer priorities, and the right people on the customer-experience board.\n\nExample:\n\n```yaml\ngovernance:\n  board: CX Leadership Council\n  members: [Dana Reyes, Sam Ortiz, Priya Nair]\n  review: monthly\n  customer_room: monthly\n```","$ref":"#/definitions/governance"},"journey":{"description":"The customer journey the leadership team agreed on. Competency two, \"Align Around Experience\", asks leaders to name the stages from the customer's side and share accountability for them across silos.","markdownDescription":"The customer journey the leadership team agreed on. Competency two, *Align Around Experience*, asks leaders to name the stages from the customer's side and share accountability for them across silos.\n\nExample:\n\n```yaml\njourney:\n  stages: [discover, join, use, get-help, renew]\n```","$ref":"#/definitions/journey"},"competencies":{"description":"Optional intent per competency: what the organisation wants each of the five customer leadership competencies to achieve. Keys are competency ids (or x- keys). The competencies are built at your own pace and in any order, so list the ones you are working on. \"Build a clear roadmap\" (Jeanne Bliss): goals the leaders share.","markdownDescription":"Optional intent per competency: what the organisation wants each of the five customer leadership competencies to achieve. Keys are competency ids (or `x-` keys). The competencies are built at your own pace and in any order, so list the ones you are working on. *Build a clear roadmap* (Jeanne Bliss): goals the leaders share.\n\nExample:\n\n```yaml\ncompetencies:\n  customers-as-assets:\n    goal: Know monthly how many customers we gain and lose, and why\n```","type":"object","$comment":"additionalProperties is the competencyIntent schema rather than false: an unknown key already fails propertyNames (reported as unknown-competency), and a second error would double the diagnostic.","propertyNames":{"anyOf":[{"$ref":"#/definitions/competencyId"},{"pattern":"^x-"}]},"properties":{"customers-as-assets":{"description":"Honor and Manage Customers as Assets (customers-as-assets). Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave. Typical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have. Also published as \"Manage and Honor Customers as Assets\". Source: Jeanne Bliss, \"Chief Customer Officer 2.0\". Write the goal the leaders agree for this competency.","markdownDescription":"**Honor and Manage Customers as Assets** (`customers-as-assets`). Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave.\n\nTypical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have.\n\nAlso published as \"Manage and Honor Customers as Assets\".\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.\n\nWrite the `goal` the leaders agree for this competency.","$ref":"#/definitions/competencyIntent"},"align-around-experience":{"description":"Align Around Experience (align-around-experience). Leaders agree on the stages of the customer journey, named the way customers would name them, and use those stages to share accountability across silos. Typical initiatives: the agreed journey stages; the 10 to 20 moments of truth that matter most to customers; shared metrics and an owner per stage; rewards tied to the key moments. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\". Write the goal the leaders agree for this competency.","markdownDescription":"**Align Around Experience** (`align-around-experience`). Leaders agree on the stages of the customer journey, named the way customers would name them, and use those stages to share accountability across silos.\n\nTypical initiatives: the agreed journey stages; the 10 to 20 moments of truth that matter most to customers; shared metrics and an owner per stage; rewards tied to the key moments.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.\n\nWrite the `goal` the leaders agree for this competency.","$ref":"#/definitions/competencyIntent"},"listening-path":{"description":"Build a Customer Listening Path (listening-path). One listening system for the whole company, organised by journey stage, that puts what customers say when asked (surveys) together with what they say unprompted (contact centre, social media, complaints), sorts it into shared issue categories and turns the data into stories about customers' lives. Typical initiatives: a listening map by journey stage; one set of issue categories for all channels; a regular customer story for leaders. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\". Write the goal the leaders agree for this competency.","markdownDescription":"**Build a Customer Listening Path** (`listening-path`). One listening system for the whole company, organised by journey stage, that puts what customers say when asked (surveys) together with what they say unprompted (contact centre, social media, complaints), sorts it into shared issue categories and turns the data into stories about customers' lives.\n\nTypical initiatives: a listening map by journey stage; one set of issue categories for all channels; a regular customer story for leaders.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.\n\nWrite the `goal` the leaders agree for this competency.","$ref":"#/definitions/competencyIntent"},"reliability-innovation":{"description":"Proactive Experience Reliability and Innovation (reliability-innovation). Know where experiences fail before customers tell you, as an early warning of revenue slipping away; measure how reliable the priority touchpoints are; and develop experiences with the same discipline as products. Reliability earns the right to innovate. Typical initiatives: reliability metrics for the priority touchpoints; an early-warning report on failing experiences; an experience development process with steps, metrics and performance requirements. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\". Write the goal the leaders agree for this competency.","markdownDescription":"**Proactive Experience Reliability and Innovation** (`reliability-innovation`). Know where experiences fail before customers tell you, as an early warning of revenue slipping away; measure how reliable the priority touchpoints are; and develop experiences with the same discipline as products. Reliability earns the right to innovate.\n\nTypical initiatives: reliability metrics for the priority touchpoints; an early-warning report on failing experiences; an experience development process with steps, metrics and performance requirements.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.\n\nWrite the `goal` the leaders agree for this competency.","$ref":"#/definitions/competencyIntent"},"one-company-leadership":{"description":"One-Company Leadership, Accountability and Culture (one-company-leadership). Leaders act as one company: they commit to a few company-wide priorities, hold each other to account and enable employees to deliver value. Its signature practice is the customer room, a recurring session (monthly in the book) where leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. Typical initiatives: the customer room; a short list of company-wide customer priorities; an internal narrative with training and champions (\"prioritise internal engagement\", Jo Boswell); room for employees to act at work as who they are (\"congruence of heart and habit\", Jeanne Bliss). Also published as \"One Company Accountability, Leadership & Decision Making\". Source: Jeanne Bliss, \"Chief Customer Officer 2.0\". Write the goal the leaders agree for this competency.","markdownDescription":"**One-Company Leadership, Accountability and Culture** (`one-company-leadership`). Leaders act as one company: they commit to a few company-wide priorities, hold each other to account and enable employees to deliver value. Its signature practice is the **customer room**, a recurring session (monthly in the book) where leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions.\n\nTypical initiatives: the customer room; a short list of company-wide customer priorities; an internal narrative with training and champions (*prioritise internal engagement*, Jo Boswell); room for employees to act at work as who they are (*congruence of heart and habit*, Jeanne Bliss).\n\nAlso published as \"One Company Accountability, Leadership & Decision Making\".\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.\n\nWrite the `goal` the leaders agree for this competency.","$ref":"#/definitions/competencyIntent"}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":{"$ref":"#/definitions/competencyIntent"}},"initiatives":{"description":"The work itself. Each initiative builds one competency and has dates, one owner and a way to tell success. \"Build a clear roadmap\" (Jeanne Bliss): timelines, expectations of success and aligned goals. Keep the number running at once modest: \"find your united voice\" and break the work up realistically (rule too-many-priorities).","markdownDescription":"The work itself. Each initiative builds one competency and has dates, one owner and a way to tell success. *Build a clear roadmap* (Jeanne Bliss): timelines, expectations of success and aligned goals. Keep the number running at once modest: *find your united voice* and break the work up realistically (rule `too-many-priorities`).\n\nExample:\n\n```yaml\ninitiatives:\n  - id: asset-metrics\n    title: Monthly customer gain and loss report\n    competency: customers-as-assets\n    owner: Priya Nair\n    start: 2027-01-04\n    end: 2027-Q1\n```","type":"array","items":true}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"definitions":{"initiative":{"description":"One piece of customer-experience work: what it delivers, which competency it builds, who owns it, when it runs and how its success will be judged. Required: id, title, competency, start, end.","markdownDescription":"One piece of customer-experience work: what it delivers, which competency it builds, who owns it, when it runs and how its success will be judged. Required: `id`, `title`, `competency`, `start`, `end`.\n\nExample:\n\n```yaml\nid: asset-metrics\ntitle: Monthly customer gain and loss report\ncompetency: customers-as-assets\nowner: Priya Nair\nstart: 2027-01-04\nend: 2027-Q1\n```","type":"object","required":["id","title","competency","start","end"],"properties":{"id":{"description":"Short unique name of the initiative, used by depends_on and in reviews: lowercase letters, digits and hyphens, starting with a letter or a digit. Example: id: asset-metrics","markdownDescription":"Short unique name of the initiative, used by `depends_on` and in reviews: lowercase letters, digits and hyphens, starting with a letter or a digit.\n\nExample:\n\n```yaml\nid: asset-metrics\n```","$ref":"#/definitions/initiativeId","examples":["asset-metrics","journey-stages","customer-room"]},"title":{"description":"What the initiative delivers, in words a leader grasps at a glance. Example: title: Monthly customer gain and loss report","markdownDescription":"What the initiative delivers, in words a leader grasps at a glance.\n\nExample:\n\n```yaml\ntitle: Monthly customer gain and loss report\n```","$ref":"#/definitions/name","examples":["Monthly customer gain and loss report"]},"competency":{"description":"The customer leadership competency this initiative builds: one of the five from \"Chief Customer Officer 2.0\" (Jeanne Bliss, 2015). Rule competency-uncovered warns when one of the five has no initiative. Example: competency: customers-as-assets","markdownDescription":"The customer leadership competency this initiative builds: one of the five from *Chief Customer Officer 2.0* (Jeanne Bliss, 2015). Rule `competency-uncovered` warns when one of the five has no initiative.\n\nExample:\n\n```yaml\ncompetency: customers-as-assets\n```","$ref":"#/definitions/competencyId","examples":["customers-as-assets","align-around-experience","listening-path","reliability-innovation","one-company-leadership"]},"owner":{"description":"The one person accountable for the initiative: a name, not a team. \"Take personal accountability\" and \"take personal ownership\" (Jeanne Bliss): work that belongs to everyone belongs to no one. An owner who knows their own strengths leads better (\"adjust your innards\"). Rule missing-owner reports an initiative without owner; owner-overload notes an owner carrying too many initiatives at once. Example: owner: Priya Nair","markdownDescription":"The **one person** accountable for the initiative: a name, not a team. *Take personal accountability* and *take personal ownership* (Jeanne Bliss): work that belongs to everyone belongs to no one. An owner who knows their own strengths leads better (*adjust your innards*). Rule `missing-owner` reports an initiative without owner; `owner-overload` notes an owner carrying too many initiatives at once.\n\nExample:\n\n```yaml\nowner: Priya Nair\n```","$ref":"#/definitions/name","examples":["Priya Nair"]},"team":{"description":"The team that delivers the work with the owner. Optional; the owner stays the one accountable person. Sharing the load is how colleagues help each other \"push the rock up the hill\" (Jeanne Bliss). Example: team: Customer Insights","markdownDescription":"The team that delivers the work with the owner. Optional; the owner stays the one accountable person. Sharing the load is how colleagues help each other *push the rock up the hill* (Jeanne Bliss).\n\nExample:\n\n```yaml\nteam: Customer Insights\n```","$ref":"#/definitions/name","examples":["Customer Insights"]},"start":{"description":"First day of the initiative: a day, or a period standing for its first day, i.e. a year (2027), a half (2027-H1), a quarter (2027-Q1) or a month (2027-01). Example: start: 2027-01-04","markdownDescription":"First day of the initiative: a day, or a period standing for its first day, i.e. a year (`2027`), a half (`2027-H1`), a quarter (`2027-Q1`) or a month (`2027-01`).\n\nExample:\n\n```yaml\nstart: 2027-01-04\n```","$ref":"#/definitions/datePeriod","examples":["2027-01-04","2027-Q1","2027-H1","2027-01",2027]},"end":{"description":"Last day of the initiative, inclusive: a day, or a period standing for its last day (2027, 2027-H2, 2027-Q1, 2027-03). Rule end-before-start reports an end before the start. Example: end: 2027-Q1","markdownDescription":"Last day of the initiative, inclusive: a day, or a period standing for its last day (`2027`, `2027-H2`, `2027-Q1`, `2027-03`). Rule `end-before-start` reports an end before the start.\n\nExample:\n\n```yaml\nend: 2027-Q1\n```","$ref":"#/definitions/datePeriod","examples":["2027-03-31","2027-Q1","2027-H2","2027-03",2027]},"status":{"description":"Where the initiative stands: planned, active, at-risk, blocked, done or cancelled. Optional; no status reads as planned work. Example: status: active","markdownDescription":"Where the initiative stands: `planned`, `active`, `at-risk`, `blocked`, `done` or `cancelled`. Optional; no status reads as planned work.\n\nExample:\n\n```yaml\nstatus: active\n```","$ref":"#/definitions/status","examples":["planned","active","at-risk","blocked","done","cancelled"]},"note":{"description":"Free text about the state of the initiative, for example why it is at risk or blocked. \"Share with others, broadcast your journey\" (Jeanne Bliss): write down what worked, what did not and how you changed course. Example: note: Waiting for the data warehouse","markdownDescription":"Free text about the state of the initiative, for example why it is at risk or blocked. *Share with others, broadcast your journey* (Jeanne Bliss): write down what worked, what did not and how you changed course.\n\nExample:\n\n```yaml\nnote: Waiting for the data warehouse\n```","$ref":"#/definitions/text","examples":["Waiting for the data warehouse"]},"early_win":{"description":"true marks an early win: a tangible result the organisation can see soon after the roadmap starts. \"Relentless focus on results\" (Jo Boswell): early wins keep the investment of time and money alive. Rule no-early-win warns when no early win ends within the first 90 days of the horizon. Example: early_win: true","markdownDescription":"`true` marks an **early win**: a tangible result the organisation can see soon after the roadmap starts. *Relentless focus on results* (Jo Boswell): early wins keep the investment of time and money alive. Rule `no-early-win` warns when no early win ends within the first 90 days of the horizon.\n\nExample:\n\n```yaml\nearly_win: true\n```","type":"boolean","examples":[true]},"outcome":{"description":"What will be different for customers or the business when the initiative succeeds, in one sentence. \"Take personal ownership\" (Jeanne Bliss): say openly what will be gained, and what is lost if it fails. Rule early-win-without-outcome asks every early win for one. Example: outcome: Leaders review customer gain and loss every month","markdownDescription":"What will be different for customers or the business when the initiative succeeds, in one sentence. *Take personal ownership* (Jeanne Bliss): say openly what will be gained, and what is lost if it fails. Rule `early-win-without-outcome` asks every early win for one.\n\nExample:\n\n```yaml\noutcome: Leaders review customer gain and loss every month\n```","$ref":"#/definitions/text","examples":["Leaders review customer gain and loss every month"]},"measures":{"description":"How success will be judged: metrics with a baseline, a target and a date. \"Build a clear roadmap\" (Jeanne Bliss): clear expectations of success. Prefer what customers do over survey scores (\"don't chase survey scores\"; rule survey-score-only). Rule missing-measures notes an initiative without measures.","markdownDescription":"How success will be judged: metrics with a baseline, a target and a date. *Build a clear roadmap* (Jeanne Bliss): clear expectations of success. Prefer what customers do over survey scores (*don't chase survey scores*; rule `survey-score-only`). Rule `missing-measures` notes an initiative without measures.\n\nExample:\n\n```yaml\nmeasures:\n  - metric: customers lost per month\n    kind: behaviour\n    baseline: 1200\n    target: -10%\n    by: 2027-12-31\n```","type":"array","items":{"$ref":"#/definitions/measure"}},"stage":{"description":"The customer journey stage this initiative improves: one of journey.stages. Competency two, \"Align Around Experience\", uses the agreed stages to share accountability across silos; rule unknown-stage reports a stage that is not listed. Example: stage: renew","markdownDescription":"The customer journey stage this initiative improves: one of `journey.stages`. Competency two, *Align Around Experience*, uses the agreed stages to share accountability across silos; rule `unknown-stage` reports a stage that is not listed.\n\nExample:\n\n```yaml\nstage: renew\n```","$ref":"#/definitions/name","examples":["discover","join","use","get-help","renew"]},"depends_on":{"description":"Ids of the initiatives in this file that must end before this one starts, each once. Rules unknown-dependency, dependency-cycle and dependency-order check them. Example: depends_on: [asset-metrics]","markdownDescription":"Ids of the initiatives in this file that must end before this one starts, each once. Rules `unknown-dependency`, `dependency-cycle` and `dependency-order` check them.\n\nExample:\n\n```yaml\ndepends_on: [asset-metrics]\n```","type":"array","uniqueItems":true,"items":{"description":"The id of an initiative this one waits for. Example: asset-metrics","markdownDescription":"The id of an initiative this one waits for.\n\nExample:\n\n```yaml\nasset-metrics\n```","$ref":"#/definitions/initiativeId"},"examples":[["asset-metrics"],[]]},"links":{"description":"Web pages that belong with the initiative: dashboards, briefs, decision records. https addresses only.","markdownDescription":"Web pages that belong with the initiative: dashboards, briefs, decision records. `https` addresses only.\n\nExample:\n\n```yaml\nlinks:\n  - title: Churn dashboard\n    url: https://example.com/churn\n```","type":"array","items":{"$ref":"#/definitions/link"}},"milestones":{"description":"Dated checkpoints within the initiative, drawn on the Gantt chart. The book stages each competency with milestones rather than a fixed order of steps.","markdownDescription":"Dated checkpoints within the initiative, drawn on the Gantt chart. The book stages each competency with milestones rather than a fixed order of steps.\n\nExample:\n\n```yaml\nmilestones:\n  - name: First report\n    date: 2027-02-01\n```","type":"array","items":{"$ref":"#/definitions/milestone"}}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"defaultSnippets":[{"label":"New initiative","description":"A new initiative with its required keys: id, title, competency, start and end.","body":{"id":"${1:initiative-id}","title":"${2:What changes for customers}","competency":"${3|customers-as-assets,align-around-experience,listening-path,reliability-innovation,one-company-leadership|}","start":"${4:2027-01-01}","end":"${5:2027-Q2}"}}]},"measure":{"description":"One way to judge an initiative's success: the metric, the kind of evidence it gives, where it starts, where it should get to and by when. Required: metric.","markdownDescription":"One way to judge an initiative's success: the metric, the kind of evidence it gives, where it starts, where it should get to and by when. Required: `metric`.\n\nExample:\n\n```yaml\nmetric: customers lost per month\nkind: behaviour\nbaseline: 1200\ntarget: -10%\nby: 2027-12-31\n```","type":"object","required":["metric"],"properties":{"metric":{"description":"What is measured, in plain words. A metric naming NPS, CSAT, CES, net promoter, customer satisfaction or customer effort counts as a survey score for rule survey-score-only. Example: metric: customers lost per month","markdownDescription":"What is measured, in plain words. A metric naming NPS, CSAT, CES, net promoter, customer satisfaction or customer effort counts as a survey score for rule `survey-score-only`.\n\nExample:\n\n```yaml\nmetric: customers lost per month\n```","$ref":"#/definitions/name","examples":["customers lost per month","first-contact resolution rate"]},"kind":{"description":"The kind of evidence the metric gives: behaviour, operational, financial or survey. Example: kind: behaviour","markdownDescription":"The kind of evidence the metric gives: `behaviour`, `operational`, `financial` or `survey`.\n\nExample:\n\n```yaml\nkind: behaviour\n```","$ref":"#/definitions/measureKind","examples":["behaviour","operational","financial","survey"]},"baseline":{"description":"Where the metric stands before the work, as a number or text. Example: baseline: 1200","markdownDescription":"Where the metric stands before the work, as a number or text.\n\nExample:\n\n```yaml\nbaseline: 1200\n```","$ref":"#/definitions/textOrNumber","examples":[1200,"62%"]},"target":{"description":"Where the metric should get to, as a number or text. Example: target: -10%","markdownDescription":"Where the metric should get to, as a number or text.\n\nExample:\n\n```yaml\ntarget: -10%\n```","$ref":"#/definitions/textOrNumber","examples":["-10%",1000]},"by":{"description":"The day by which the target should be reached, written YYYY-MM-DD. Example: by: 2027-12-31","markdownDescription":"The day by which the target should be reached, written `YYYY-MM-DD`.\n\nExample:\n\n```yaml\nby: 2027-12-31\n```","$ref":"#/definitions/dayDate","examples":["2027-12-31"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"defaultSnippets":[{"label":"New measure","description":"A new measure with its required key: metric.","body":{"metric":"${1:customers lost per month}"}}]},"milestone":{"description":"A dated checkpoint within an initiative. Required: name, date.","markdownDescription":"A dated checkpoint within an initiative. Required: `name`, `date`.\n\nExample:\n\n```yaml\nname: First report\ndate: 2027-02-01\n```","type":"object","required":["name","date"],"properties":{"name":{"description":"What is reached on that day. Example: name: First report","markdownDescription":"What is reached on that day.\n\nExample:\n\n```yaml\nname: First report\n```","$ref":"#/definitions/name","examples":["First report"]},"date":{"description":"The day of the milestone, written YYYY-MM-DD. Rule milestone-outside-initiative warns when it falls outside the initiative's dates, outside-horizon when it falls outside the horizon. Example: date: 2027-02-01","markdownDescription":"The day of the milestone, written `YYYY-MM-DD`. Rule `milestone-outside-initiative` warns when it falls outside the initiative's dates, `outside-horizon` when it falls outside the horizon.\n\nExample:\n\n```yaml\ndate: 2027-02-01\n```","$ref":"#/definitions/dayDate","examples":["2027-02-01"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"defaultSnippets":[{"label":"New milestone","description":"A new milestone with its required keys: name and date.","body":{"name":"${1:First report}","date":"${2:2027-02-01}"}}]},"link":{"description":"A web page that belongs with an initiative. Required: title, url.","markdownDescription":"A web page that belongs with an initiative. Required: `title`, `url`.\n\nExample:\n\n```yaml\ntitle: Churn dashboard\nurl: https://example.com/churn\n```","type":"object","required":["title","url"],"properties":{"title":{"description":"How the link reads. Example: title: Churn dashboard","markdownDescription":"How the link reads.\n\nExample:\n\n```yaml\ntitle: Churn dashboard\n```","$ref":"#/definitions/name","examples":["Churn dashboard"]},"url":{"description":"The page's address: https only, without spaces, at most 2,048 characters. Example: url: https://example.com/churn","markdownDescription":"The page's address: `https` only, without spaces, at most 2,048 characters.\n\nExample:\n\n```yaml\nurl: https://example.com/churn\n```","type":"string","pattern":"^https://[^\\s]+$","examples":["https://example.com/churn"],"maxLength":2048}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false},"horizon":{"description":"The roadmap's time frame: a start and an end, both required, each a day or a period (year, half, quarter, month). End days are inclusive.","markdownDescription":"The roadmap's time frame: a `start` and an `end`, both required, each a day or a period (year, half, quarter, month). End days are inclusive.\n\nExample:\n\n```yaml\nstart: 2027-01-01\nend: 2031-12-31\n```","type":"object","required":["start","end"],"properties":{"start":{"description":"First day the roadmap covers: a day, or a period standing for its first day. Example: start: 2027-01-01","markdownDescription":"First day the roadmap covers: a day, or a period standing for its first day.\n\nExample:\n\n```yaml\nstart: 2027-01-01\n```","$ref":"#/definitions/datePeriod","examples":["2027-01-01",2027,"2027-Q1"]},"end":{"description":"Last day the roadmap covers, inclusive: 2027-01-01 to 2031-12-31 is exactly five years. Example: end: 2031-12-31","markdownDescription":"Last day the roadmap covers, inclusive: `2027-01-01` to `2031-12-31` is exactly five years.\n\nExample:\n\n```yaml\nend: 2031-12-31\n```","$ref":"#/definitions/datePeriod","examples":["2031-12-31",2031,"2031-Q4"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false},"governance":{"description":"How the roadmap is steered: the customer-experience board, its members, and how often the accountability review and the customer room meet. Every key is optional; rules no-governance, no-accountability-review and no-customer-room warn about the missing ones.","markdownDescription":"How the roadmap is steered: the customer-experience board, its members, and how often the accountability review and the customer room meet. Every key is optional; rules `no-governance`, `no-accountability-review` and `no-customer-room` warn about the missing ones.\n\nExample:\n\n```yaml\nboard: CX Leadership Council\nmembers: [Dana Reyes, Sam Ortiz, Priya Nair]\nreview: monthly\ncustomer_room: monthly\n```","type":"object","properties":{"board":{"description":"Name of the customer-experience board that decides the roadmap's priorities. \"Implement the right governance\" (Jo Boswell): a clear, open way of deciding customer priorities, starting with the question \"who do I need on my CX board?\". Rule no-governance warns without it. Example: board: CX Leadership Council","markdownDescription":"Name of the customer-experience board that decides the roadmap's priorities. *Implement the right governance* (Jo Boswell): a clear, open way of deciding customer priorities, starting with the question \"who do I need on my CX board?\". Rule `no-governance` warns without it.\n\nExample:\n\n```yaml\nboard: CX Leadership Council\n```","$ref":"#/definitions/name","examples":["CX Leadership Council"]},"members":{"description":"The people on the board. \"Role clarity of the CCO position\" (Jeanne Bliss): the leaders and the customer leader agree how they work together and how the work is rewarded. Example: members: [Dana Reyes, Sam Ortiz, Priya Nair]","markdownDescription":"The people on the board. *Role clarity of the CCO position* (Jeanne Bliss): the leaders and the customer leader agree how they work together and how the work is rewarded.\n\nExample:\n\n```yaml\nmembers: [Dana Reyes, Sam Ortiz, Priya Nair]\n```","type":"array","items":{"description":"One board member, by name. Example: Priya Nair","markdownDescription":"One board member, by name.\n\nExample:\n\n```yaml\nPriya Nair\n```","$ref":"#/definitions/name"},"examples":[["Dana Reyes","Sam Ortiz","Priya Nair"]]},"review":{"description":"How often the accountability review meets. \"Drive consistent accountability\" (Jeanne Bliss): progress on the customer agenda gets a meeting of its own, led by the customer leader, not a slot tacked onto other meetings where it slips off the agenda. Rule no-accountability-review warns without it. Example: review: monthly","markdownDescription":"How often the **accountability review** meets. *Drive consistent accountability* (Jeanne Bliss): progress on the customer agenda gets a meeting of its own, led by the customer leader, not a slot tacked onto other meetings where it slips off the agenda. Rule `no-accountability-review` warns without it.\n\nExample:\n\n```yaml\nreview: monthly\n```","$ref":"#/definitions/cadence","examples":["weekly","biweekly","monthly","quarterly"]},"customer_room":{"description":"How often leaders meet in the customer room, the signature practice of competency five, \"One-Company Leadership, Accountability and Culture\": leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. The book runs it monthly. Rule no-customer-room warns without it. Example: customer_room: monthly","markdownDescription":"How often leaders meet in the **customer room**, the signature practice of competency five, *One-Company Leadership, Accountability and Culture*: leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. The book runs it monthly. Rule `no-customer-room` warns without it.\n\nExample:\n\n```yaml\ncustomer_room: monthly\n```","$ref":"#/definitions/cadence","examples":["weekly","biweekly","monthly","quarterly"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false},"journey":{"description":"The customer journey as the leadership team agreed it: the list of its stages. Example: stages: [discover, join, use, get-help, renew]","markdownDescription":"The customer journey as the leadership team agreed it: the list of its stages.\n\nExample:\n\n```yaml\nstages: [discover, join, use, get-help, renew]\n```","type":"object","properties":{"stages":{"description":"The journey stages in order, named the way customers would name them, each once. Initiatives point to one with stage. Competency two, \"Align Around Experience\", starts with this agreement. Example: stages: [discover, join, use, get-help, renew]","markdownDescription":"The journey stages in order, named the way customers would name them, each once. Initiatives point to one with `stage`. Competency two, *Align Around Experience*, starts with this agreement.\n\nExample:\n\n```yaml\nstages: [discover, join, use, get-help, renew]\n```","type":"array","uniqueItems":true,"items":{"description":"One journey stage, named from the customer's side. Example: get-help","markdownDescription":"One journey stage, named from the customer's side.\n\nExample:\n\n```yaml\nget-help\n```","$ref":"#/definitions/name"},"examples":[["discover","join","use","get-help","renew"]]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false},"competencyIntent":{"description":"What the organisation intends one competency to achieve. Example: goal: Know monthly how many customers we gain and lose, and why","markdownDescription":"What the organisation intends one competency to achieve.\n\nExample:\n\n```yaml\ngoal: Know monthly how many customers we gain and lose, and why\n```","type":"object","properties":{"goal":{"description":"The goal the leaders agree for this competency, in one sentence. \"Build a clear roadmap\" (Jeanne Bliss): goals the leaders share. Example: goal: Know monthly how many customers we gain and lose, and why","markdownDescription":"The goal the leaders agree for this competency, in one sentence. *Build a clear roadmap* (Jeanne Bliss): goals the leaders share.\n\nExample:\n\n```yaml\ngoal: Know monthly how many customers we gain and lose, and why\n```","$ref":"#/definitions/text","examples":["Know monthly how many customers we gain and lose, and why"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false},"competencyId":{"description":"One of the five customer leadership competencies from \"Chief Customer Officer 2.0\" (Jeanne Bliss, 2015). Together they make up the customer-driven growth engine; an organisation builds them at its own pace, in any order. Example: competency: listening-path","markdownDescription":"One of the five customer leadership competencies from *Chief Customer Officer 2.0* (Jeanne Bliss, 2015). Together they make up the customer-driven growth engine; an organisation builds them at its own pace, in any order.\n\nExample:\n\n```yaml\ncompetency: listening-path\n```","type":"string","enum":["customers-as-assets","align-around-experience","listening-path","reliability-innovation","one-company-leadership"],"enumDescriptions":["Honor and Manage Customers as Assets (customers-as-assets). Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave. Typical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have. Also published as \"Manage and Honor Customers as Assets\". Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","Align Around Experience (align-around-experience). Leaders agree on the stages of the customer journey, named the way customers would name them, and use those stages to share accountability across silos. Typical initiatives: the agreed journey stages; the 10 to 20 moments of truth that matter most to customers; shared metrics and an owner per stage; rewards tied to the key moments. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","Build a Customer Listening Path (listening-path). One listening system for the whole company, organised by journey stage, that puts what customers say when asked (surveys) together with what they say unprompted (contact centre, social media, complaints), sorts it into shared issue categories and turns the data into stories about customers' lives. Typical initiatives: a listening map by journey stage; one set of issue categories for all channels; a regular customer story for leaders. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","Proactive Experience Reliability and Innovation (reliability-innovation). Know where experiences fail before customers tell you, as an early warning of revenue slipping away; measure how reliable the priority touchpoints are; and develop experiences with the same discipline as products. Reliability earns the right to innovate. Typical initiatives: reliability metrics for the priority touchpoints; an early-warning report on failing experiences; an experience development process with steps, metrics and performance requirements. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","One-Company Leadership, Accountability and Culture (one-company-leadership). Leaders act as one company: they commit to a few company-wide priorities, hold each other to account and enable employees to deliver value. Its signature practice is the customer room, a recurring session (monthly in the book) where leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. Typical initiatives: the customer room; a short list of company-wide customer priorities; an internal narrative with training and champions (\"prioritise internal engagement\", Jo Boswell); room for employees to act at work as who they are (\"congruence of heart and habit\", Jeanne Bliss). Also published as \"One Company Accountability, Leadership & Decision Making\". Source: Jeanne Bliss, \"Chief Customer Officer 2.0\"."],"markdownEnumDescriptions":["**Honor and Manage Customers as Assets** (`customers-as-assets`). Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave.\n\nTypical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have.\n\nAlso published as \"Manage and Honor Customers as Assets\".\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**Align Around Experience** (`align-around-experience`). Leaders agree on the stages of the customer journey, named the way customers would name them, and use those stages to share accountability across silos.\n\nTypical initiatives: the agreed journey stages; the 10 to 20 moments of truth that matter most to customers; shared metrics and an owner per stage; rewards tied to the key moments.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**Build a Customer Listening Path** (`listening-path`). One listening system for the whole company, organised by journey stage, that puts what customers say when asked (surveys) together with what they say unprompted (contact centre, social media, complaints), sorts it into shared issue categories and turns the data into stories about customers' lives.\n\nTypical initiatives: a listening map by journey stage; one set of issue categories for all channels; a regular customer story for leaders.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**Proactive Experience Reliability and Innovation** (`reliability-innovation`). Know where experiences fail before customers tell you, as an early warning of revenue slipping away; measure how reliable the priority touchpoints are; and develop experiences with the same discipline as products. Reliability earns the right to innovate.\n\nTypical initiatives: reliability metrics for the priority touchpoints; an early-warning report on failing experiences; an experience development process with steps, metrics and performance requirements.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**One-Company Leadership, Accountability and Culture** (`one-company-leadership`). Leaders act as one company: they commit to a few company-wide priorities, hold each other to account and enable employees to deliver value. Its signature practice is the **customer room**, a recurring session (monthly in the book) where leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions.\n\nTypical initiatives: the customer room; a short list of company-wide customer priorities; an internal narrative with training and champions (*prioritise internal engagement*, Jo Boswell); room for employees to act at work as who they are (*congruence of heart and habit*, Jeanne Bliss).\n\nAlso published as \"One Company Accountability, Leadership & Decision Making\".\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*."]},"initiativeId":{"description":"Identifier of an initiative: lowercase letters, digits and hyphens, starting with a letter or a digit, at most 256 characters. Example: id: asset-metrics","markdownDescription":"Identifier of an initiative: lowercase letters, digits and hyphens, starting with a letter or a digit, at most 256 characters.\n\nExample:\n\n```yaml\nid: asset-metrics\n```","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":256},"datePeriod":{"description":"A day or a calendar period: YYYY (a year; YAML reads an unquoted 2027 as a number, which is accepted too), YYYY-H1 or YYYY-H2 (a half), YYYY-Q1 to YYYY-Q4 (a quarter), YYYY-MM (a month) or YYYY-MM-DD (a day). As a start, a period stands for its first day; as an end, for its last day. Whether a day exists (no 30 February) is checked by cxroadmap itself. Example: start: 2027-Q1","markdownDescription":"A day or a calendar period: `YYYY` (a year; YAML reads an unquoted `2027` as a number, which is accepted too), `YYYY-H1` or `YYYY-H2` (a half), `YYYY-Q1` to `YYYY-Q4` (a quarter), `YYYY-MM` (a month) or `YYYY-MM-DD` (a day). As a start, a period stands for its first day; as an end, for its last day. Whether a day exists (no 30 February) is checked by cxroadmap itself.\n\nExample:\n\n```yaml\nstart: 2027-Q1\n```","anyOf":[{"type":"string","pattern":"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"},{"type":"integer","minimum":1000,"maximum":9999}]},"dayDate":{"description":"A calendar day written YYYY-MM-DD. Whether the day exists (no 30 February) is checked by cxroadmap itself. Example: date: 2027-02-01","markdownDescription":"A calendar day written `YYYY-MM-DD`. Whether the day exists (no 30 February) is checked by cxroadmap itself.\n\nExample:\n\n```yaml\ndate: 2027-02-01\n```","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"cadence":{"description":"How often a meeting recurs: weekly, biweekly (every two weeks), monthly or quarterly. Example: review: monthly","markdownDescription":"How often a meeting recurs: `weekly`, `biweekly` (every two weeks), `monthly` or `quarterly`.\n\nExample:\n\n```yaml\nreview: monthly\n```","type":"string","enum":["weekly","biweekly","monthly","quarterly"],"enumDescriptions":["Every week.","Every two weeks.","Once a month: the rhythm the book gives the customer room.","Once a quarter: the slowest rhythm the format accepts."],"markdownEnumDescriptions":["Every week.","Every two weeks.","Once a month: the rhythm the book gives the customer room.","Once a quarter: the slowest rhythm the format accepts."]},"status":{"description":"Where an initiative stands. An initiative is \"active\" on a day that lies within its dates while its status is neither done nor cancelled; rules owner-overload and too-many-priorities count active initiatives. Example: status: at-risk","markdownDescription":"Where an initiative stands. An initiative is *active* on a day that lies within its dates while its status is neither `done` nor `cancelled`; rules `owner-overload` and `too-many-priorities` count active initiatives.\n\nExample:\n\n```yaml\nstatus: at-risk\n```","type":"string","enum":["planned","active","at-risk","blocked","done","cancelled","canceled"],"enumDescriptions":["Agreed, not started yet. While an initiative is planned (or has no status), a missing owner is a warning rather than an error.","Under way.","Under way, but the result or the dates are in danger. \"Overcoming resistance\" (Jo Boswell): find out where the resistance comes from before deciding how to meet it, and say why in note.","Cannot move until something outside the initiative changes. Say in note what it waits for and who can clear it, and take it to the accountability review.","Finished; no longer active. Tell others what it achieved (\"broadcast your journey\", Jeanne Bliss).","Stopped on purpose; no longer active. Keep it in the file with a note on why, so others learn from what did not work.","The US spelling of cancelled, read as cancelled."],"markdownEnumDescriptions":["Agreed, not started yet. While an initiative is planned (or has no status), a missing owner is a warning rather than an error.","Under way.","Under way, but the result or the dates are in danger. *Overcoming resistance* (Jo Boswell): find out where the resistance comes from before deciding how to meet it, and say why in `note`.","Cannot move until something outside the initiative changes. Say in `note` what it waits for and who can clear it, and take it to the accountability review.","Finished; no longer active. Tell others what it achieved (*broadcast your journey*, Jeanne Bliss).","Stopped on purpose; no longer active. Keep it in the file with a `note` on why, so others learn from what did not work.","The US spelling of `cancelled`, read as `cancelled`."]},"measureKind":{"description":"The kind of evidence a measure gives. \"Don't chase survey scores\" (Jeanne Bliss): judge progress by what customers do and by better customer lives; a survey score is at most one signal among others. Example: kind: behaviour","markdownDescription":"The kind of evidence a measure gives. *Don't chase survey scores* (Jeanne Bliss): judge progress by what customers do and by better customer lives; a survey score is at most one signal among others.\n\nExample:\n\n```yaml\nkind: behaviour\n```","type":"string","enum":["behaviour","operational","financial","survey","behavior"],"enumDescriptions":["What customers actually did: joined, bought more, renewed, lapsed, left. The headline evidence of competency one, \"Honor and Manage Customers as Assets\".","How reliably the company delivers at a touchpoint, for example first-contact resolution or orders delivered on time. Typical of competency four, \"Proactive Experience Reliability and Innovation\".","Money: revenue kept or won, the value of customers gained and lost, the cost to serve.","A score from a survey customers were asked to fill in, such as NPS, CSAT or CES. One signal among others: rule survey-score-only notes an initiative judged by survey scores alone.","The US spelling of behaviour, read as behaviour."],"markdownEnumDescriptions":["What customers actually did: joined, bought more, renewed, lapsed, left. The headline evidence of competency one, *Honor and Manage Customers as Assets*.","How reliably the company delivers at a touchpoint, for example first-contact resolution or orders delivered on time. Typical of competency four, *Proactive Experience Reliability and Innovation*.","Money: revenue kept or won, the value of customers gained and lost, the cost to serve.","A score from a survey customers were asked to fill in, such as NPS, CSAT or CES. One signal among others: rule `survey-score-only` notes an initiative judged by survey scores alone.","The US spelling of `behaviour`, read as `behaviour`."]},"text":{"description":"Free text.","markdownDescription":"Free text.","type":"string"},"textOrNumber":{"description":"A number or text, for example 1200, 4.5 or -10%.","markdownDescription":"A number or text, for example `1200`, `4.5` or `-10%`.","anyOf":[{"type":"string"},{"type":"number"}]},"name":{"description":"A short text such as a title or a person's name, at most 200 characters.","markdownDescription":"A short text such as a title or a person's name, at most 200 characters.","type":"string","maxLength":200}}};
const schema12 = {"description":"A short text such as a title or a person's name, at most 200 characters.","markdownDescription":"A short text such as a title or a person's name, at most 200 characters.","type":"string","maxLength":200};
const schema25 = {"description":"One of the five customer leadership competencies from \"Chief Customer Officer 2.0\" (Jeanne Bliss, 2015). Together they make up the customer-driven growth engine; an organisation builds them at its own pace, in any order. Example: competency: listening-path","markdownDescription":"One of the five customer leadership competencies from *Chief Customer Officer 2.0* (Jeanne Bliss, 2015). Together they make up the customer-driven growth engine; an organisation builds them at its own pace, in any order.\n\nExample:\n\n```yaml\ncompetency: listening-path\n```","type":"string","enum":["customers-as-assets","align-around-experience","listening-path","reliability-innovation","one-company-leadership"],"enumDescriptions":["Honor and Manage Customers as Assets (customers-as-assets). Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave. Typical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have. Also published as \"Manage and Honor Customers as Assets\". Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","Align Around Experience (align-around-experience). Leaders agree on the stages of the customer journey, named the way customers would name them, and use those stages to share accountability across silos. Typical initiatives: the agreed journey stages; the 10 to 20 moments of truth that matter most to customers; shared metrics and an owner per stage; rewards tied to the key moments. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","Build a Customer Listening Path (listening-path). One listening system for the whole company, organised by journey stage, that puts what customers say when asked (surveys) together with what they say unprompted (contact centre, social media, complaints), sorts it into shared issue categories and turns the data into stories about customers' lives. Typical initiatives: a listening map by journey stage; one set of issue categories for all channels; a regular customer story for leaders. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","Proactive Experience Reliability and Innovation (reliability-innovation). Know where experiences fail before customers tell you, as an early warning of revenue slipping away; measure how reliable the priority touchpoints are; and develop experiences with the same discipline as products. Reliability earns the right to innovate. Typical initiatives: reliability metrics for the priority touchpoints; an early-warning report on failing experiences; an experience development process with steps, metrics and performance requirements. Source: Jeanne Bliss, \"Chief Customer Officer 2.0\".","One-Company Leadership, Accountability and Culture (one-company-leadership). Leaders act as one company: they commit to a few company-wide priorities, hold each other to account and enable employees to deliver value. Its signature practice is the customer room, a recurring session (monthly in the book) where leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. Typical initiatives: the customer room; a short list of company-wide customer priorities; an internal narrative with training and champions (\"prioritise internal engagement\", Jo Boswell); room for employees to act at work as who they are (\"congruence of heart and habit\", Jeanne Bliss). Also published as \"One Company Accountability, Leadership & Decision Making\". Source: Jeanne Bliss, \"Chief Customer Officer 2.0\"."],"markdownEnumDescriptions":["**Honor and Manage Customers as Assets** (`customers-as-assets`). Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave.\n\nTypical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have.\n\nAlso published as \"Manage and Honor Customers as Assets\".\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**Align Around Experience** (`align-around-experience`). Leaders agree on the stages of the customer journey, named the way customers would name them, and use those stages to share accountability across silos.\n\nTypical initiatives: the agreed journey stages; the 10 to 20 moments of truth that matter most to customers; shared metrics and an owner per stage; rewards tied to the key moments.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**Build a Customer Listening Path** (`listening-path`). One listening system for the whole company, organised by journey stage, that puts what customers say when asked (surveys) together with what they say unprompted (contact centre, social media, complaints), sorts it into shared issue categories and turns the data into stories about customers' lives.\n\nTypical initiatives: a listening map by journey stage; one set of issue categories for all channels; a regular customer story for leaders.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**Proactive Experience Reliability and Innovation** (`reliability-innovation`). Know where experiences fail before customers tell you, as an early warning of revenue slipping away; measure how reliable the priority touchpoints are; and develop experiences with the same discipline as products. Reliability earns the right to innovate.\n\nTypical initiatives: reliability metrics for the priority touchpoints; an early-warning report on failing experiences; an experience development process with steps, metrics and performance requirements.\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*.","**One-Company Leadership, Accountability and Culture** (`one-company-leadership`). Leaders act as one company: they commit to a few company-wide priorities, hold each other to account and enable employees to deliver value. Its signature practice is the **customer room**, a recurring session (monthly in the book) where leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions.\n\nTypical initiatives: the customer room; a short list of company-wide customer priorities; an internal narrative with training and champions (*prioritise internal engagement*, Jo Boswell); room for employees to act at work as who they are (*congruence of heart and habit*, Jeanne Bliss).\n\nAlso published as \"One Company Accountability, Leadership & Decision Making\".\n\nSource: Jeanne Bliss, *Chief Customer Officer 2.0*."]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^x-", "u");
const schema15 = {"description":"The roadmap's time frame: a start and an end, both required, each a day or a period (year, half, quarter, month). End days are inclusive.","markdownDescription":"The roadmap's time frame: a `start` and an `end`, both required, each a day or a period (year, half, quarter, month). End days are inclusive.\n\nExample:\n\n```yaml\nstart: 2027-01-01\nend: 2031-12-31\n```","type":"object","required":["start","end"],"properties":{"start":{"description":"First day the roadmap covers: a day, or a period standing for its first day. Example: start: 2027-01-01","markdownDescription":"First day the roadmap covers: a day, or a period standing for its first day.\n\nExample:\n\n```yaml\nstart: 2027-01-01\n```","$ref":"#/definitions/datePeriod","examples":["2027-01-01",2027,"2027-Q1"]},"end":{"description":"Last day the roadmap covers, inclusive: 2027-01-01 to 2031-12-31 is exactly five years. Example: end: 2031-12-31","markdownDescription":"Last day the roadmap covers, inclusive: `2027-01-01` to `2031-12-31` is exactly five years.\n\nExample:\n\n```yaml\nend: 2031-12-31\n```","$ref":"#/definitions/datePeriod","examples":["2031-12-31",2031,"2031-Q4"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false};
const schema16 = {"description":"A day or a calendar period: YYYY (a year; YAML reads an unquoted 2027 as a number, which is accepted too), YYYY-H1 or YYYY-H2 (a half), YYYY-Q1 to YYYY-Q4 (a quarter), YYYY-MM (a month) or YYYY-MM-DD (a day). As a start, a period stands for its first day; as an end, for its last day. Whether a day exists (no 30 February) is checked by cxroadmap itself. Example: start: 2027-Q1","markdownDescription":"A day or a calendar period: `YYYY` (a year; YAML reads an unquoted `2027` as a number, which is accepted too), `YYYY-H1` or `YYYY-H2` (a half), `YYYY-Q1` to `YYYY-Q4` (a quarter), `YYYY-MM` (a month) or `YYYY-MM-DD` (a day). As a start, a period stands for its first day; as an end, for its last day. Whether a day exists (no 30 February) is checked by cxroadmap itself.\n\nExample:\n\n```yaml\nstart: 2027-Q1\n```","anyOf":[{"type":"string","pattern":"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"},{"type":"integer","minimum":1000,"maximum":9999}]};
const pattern2 = new RegExp("^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "start") || (key0 === "end")) || (pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.start !== undefined){
let data0 = data.start;
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"},message:"must match pattern \""+"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"+"\"",schema:"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$",parentSchema:schema16.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.anyOf[0].type,parentSchema:schema16.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs7 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err5 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.anyOf[1].type,parentSchema:schema16.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 9999 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999",schema:9999,parentSchema:schema16.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 1000 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema16.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err8 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema16.anyOf,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.end !== undefined){
let data1 = data.end;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err9 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"},message:"must match pattern \""+"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"+"\"",schema:"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$",parentSchema:schema16.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.anyOf[0].type,parentSchema:schema16.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs14 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err11 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.anyOf[1].type,parentSchema:schema16.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9999 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999",schema:9999,parentSchema:schema16.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1 < 1000 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema16.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err14 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema16.anyOf,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema18 = {"description":"How the roadmap is steered: the customer-experience board, its members, and how often the accountability review and the customer room meet. Every key is optional; rules no-governance, no-accountability-review and no-customer-room warn about the missing ones.","markdownDescription":"How the roadmap is steered: the customer-experience board, its members, and how often the accountability review and the customer room meet. Every key is optional; rules `no-governance`, `no-accountability-review` and `no-customer-room` warn about the missing ones.\n\nExample:\n\n```yaml\nboard: CX Leadership Council\nmembers: [Dana Reyes, Sam Ortiz, Priya Nair]\nreview: monthly\ncustomer_room: monthly\n```","type":"object","properties":{"board":{"description":"Name of the customer-experience board that decides the roadmap's priorities. \"Implement the right governance\" (Jo Boswell): a clear, open way of deciding customer priorities, starting with the question \"who do I need on my CX board?\". Rule no-governance warns without it. Example: board: CX Leadership Council","markdownDescription":"Name of the customer-experience board that decides the roadmap's priorities. *Implement the right governance* (Jo Boswell): a clear, open way of deciding customer priorities, starting with the question \"who do I need on my CX board?\". Rule `no-governance` warns without it.\n\nExample:\n\n```yaml\nboard: CX Leadership Council\n```","$ref":"#/definitions/name","examples":["CX Leadership Council"]},"members":{"description":"The people on the board. \"Role clarity of the CCO position\" (Jeanne Bliss): the leaders and the customer leader agree how they work together and how the work is rewarded. Example: members: [Dana Reyes, Sam Ortiz, Priya Nair]","markdownDescription":"The people on the board. *Role clarity of the CCO position* (Jeanne Bliss): the leaders and the customer leader agree how they work together and how the work is rewarded.\n\nExample:\n\n```yaml\nmembers: [Dana Reyes, Sam Ortiz, Priya Nair]\n```","type":"array","items":{"description":"One board member, by name. Example: Priya Nair","markdownDescription":"One board member, by name.\n\nExample:\n\n```yaml\nPriya Nair\n```","$ref":"#/definitions/name"},"examples":[["Dana Reyes","Sam Ortiz","Priya Nair"]]},"review":{"description":"How often the accountability review meets. \"Drive consistent accountability\" (Jeanne Bliss): progress on the customer agenda gets a meeting of its own, led by the customer leader, not a slot tacked onto other meetings where it slips off the agenda. Rule no-accountability-review warns without it. Example: review: monthly","markdownDescription":"How often the **accountability review** meets. *Drive consistent accountability* (Jeanne Bliss): progress on the customer agenda gets a meeting of its own, led by the customer leader, not a slot tacked onto other meetings where it slips off the agenda. Rule `no-accountability-review` warns without it.\n\nExample:\n\n```yaml\nreview: monthly\n```","$ref":"#/definitions/cadence","examples":["weekly","biweekly","monthly","quarterly"]},"customer_room":{"description":"How often leaders meet in the customer room, the signature practice of competency five, \"One-Company Leadership, Accountability and Culture\": leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. The book runs it monthly. Rule no-customer-room warns without it. Example: customer_room: monthly","markdownDescription":"How often leaders meet in the **customer room**, the signature practice of competency five, *One-Company Leadership, Accountability and Culture*: leaders step into customers' shoes, review customer growth and loss, and agree a few critical actions. The book runs it monthly. Rule `no-customer-room` warns without it.\n\nExample:\n\n```yaml\ncustomer_room: monthly\n```","$ref":"#/definitions/cadence","examples":["weekly","biweekly","monthly","quarterly"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false};
const schema21 = {"description":"How often a meeting recurs: weekly, biweekly (every two weeks), monthly or quarterly. Example: review: monthly","markdownDescription":"How often a meeting recurs: `weekly`, `biweekly` (every two weeks), `monthly` or `quarterly`.\n\nExample:\n\n```yaml\nreview: monthly\n```","type":"string","enum":["weekly","biweekly","monthly","quarterly"],"enumDescriptions":["Every week.","Every two weeks.","Once a month: the rhythm the book gives the customer room.","Once a quarter: the slowest rhythm the format accepts."],"markdownEnumDescriptions":["Every week.","Every two weeks.","Once a month: the rhythm the book gives the customer room.","Once a quarter: the slowest rhythm the format accepts."]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "board") || (key0 === "members")) || (key0 === "review")) || (key0 === "customer_room")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.board !== undefined){
let data0 = data.board;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err1 = {instancePath:instancePath+"/board",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/board",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.members !== undefined){
let data1 = data.members;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err3 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.members.type,parentSchema:schema18.properties.members,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.review !== undefined){
let data3 = data.review;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/review",schemaPath:"#/definitions/cadence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data3 === "weekly") || (data3 === "biweekly")) || (data3 === "monthly")) || (data3 === "quarterly"))){
const err7 = {instancePath:instancePath+"/review",schemaPath:"#/definitions/cadence/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.customer_room !== undefined){
let data4 = data.customer_room;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/customer_room",schemaPath:"#/definitions/cadence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data4 === "weekly") || (data4 === "biweekly")) || (data4 === "monthly")) || (data4 === "quarterly"))){
const err9 = {instancePath:instancePath+"/customer_room",schemaPath:"#/definitions/cadence/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema23 = {"description":"The customer journey as the leadership team agreed it: the list of its stages. Example: stages: [discover, join, use, get-help, renew]","markdownDescription":"The customer journey as the leadership team agreed it: the list of its stages.\n\nExample:\n\n```yaml\nstages: [discover, join, use, get-help, renew]\n```","type":"object","properties":{"stages":{"description":"The journey stages in order, named the way customers would name them, each once. Initiatives point to one with stage. Competency two, \"Align Around Experience\", starts with this agreement. Example: stages: [discover, join, use, get-help, renew]","markdownDescription":"The journey stages in order, named the way customers would name them, each once. Initiatives point to one with `stage`. Competency two, *Align Around Experience*, starts with this agreement.\n\nExample:\n\n```yaml\nstages: [discover, join, use, get-help, renew]\n```","type":"array","uniqueItems":true,"items":{"description":"One journey stage, named from the customer's side. Example: get-help","markdownDescription":"One journey stage, named from the customer's side.\n\nExample:\n\n```yaml\nget-help\n```","$ref":"#/definitions/name"},"examples":[["discover","join","use","get-help","renew"]]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false};
const func0 = require("ajv/dist/runtime/equal").default;

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "stages") || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.stages !== undefined){
let data0 = data.stages;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err1 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err3 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.stages,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.stages.type,parentSchema:schema23.properties.stages,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema26 = {"description":"What the organisation intends one competency to achieve. Example: goal: Know monthly how many customers we gain and lose, and why","markdownDescription":"What the organisation intends one competency to achieve.\n\nExample:\n\n```yaml\ngoal: Know monthly how many customers we gain and lose, and why\n```","type":"object","properties":{"goal":{"description":"The goal the leaders agree for this competency, in one sentence. \"Build a clear roadmap\" (Jeanne Bliss): goals the leaders share. Example: goal: Know monthly how many customers we gain and lose, and why","markdownDescription":"The goal the leaders agree for this competency, in one sentence. *Build a clear roadmap* (Jeanne Bliss): goals the leaders share.\n\nExample:\n\n```yaml\ngoal: Know monthly how many customers we gain and lose, and why\n```","$ref":"#/definitions/text","examples":["Know monthly how many customers we gain and lose, and why"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false};
const schema27 = {"description":"Free text.","markdownDescription":"Free text.","type":"string"};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "goal") || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.goal !== undefined){
let data0 = data.goal;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/goal",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/cxroadmap/cxroadmap/raw/main/schemas/cxroadmap.schema.json#root-without-initiative-contents" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cxroadmap === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cxroadmap"},message:"must have required property '"+"cxroadmap"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.horizon === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "horizon"},message:"must have required property '"+"horizon"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.initiatives === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initiatives"},message:"must have required property '"+"initiatives"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema11.properties, key0)) || (pattern0.test(key0)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cxroadmap !== undefined){
let data0 = data.cxroadmap;
if(1 !== data0){
const err5 = {instancePath:instancePath+"/cxroadmap",schemaPath:"#/properties/cxroadmap/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.cxroadmap,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.owner !== undefined){
let data2 = data.owner;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sponsor !== undefined){
let data3 = data.sponsor;
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err10 = {instancePath:instancePath+"/sponsor",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/sponsor",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.horizon !== undefined){
if(!(validate11(data.horizon, {instancePath:instancePath+"/horizon",parentData:data,parentDataProperty:"horizon",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.governance !== undefined){
if(!(validate13(data.governance, {instancePath:instancePath+"/governance",parentData:data,parentDataProperty:"governance",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.journey !== undefined){
if(!(validate15(data.journey, {instancePath:instancePath+"/journey",parentData:data,parentDataProperty:"journey",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.competencies !== undefined){
let data7 = data.competencies;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs18 = errors;
const _errs19 = errors;
let valid5 = false;
const _errs20 = errors;
if(typeof key1 !== "string"){
const err12 = {instancePath:instancePath+"/competencies",schemaPath:"#/definitions/competencyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((key1 === "customers-as-assets") || (key1 === "align-around-experience")) || (key1 === "listening-path")) || (key1 === "reliability-innovation")) || (key1 === "one-company-leadership"))){
const err13 = {instancePath:instancePath+"/competencies",schemaPath:"#/definitions/competencyId/enum",keyword:"enum",params:{allowedValues: schema25.enum},message:"must be equal to one of the allowed values",schema:schema25.enum,parentSchema:schema25,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs23 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err14 = {instancePath:instancePath+"/competencies",schemaPath:"#/properties/competencies/propertyNames/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^x-"},message:"must match pattern \""+"^x-"+"\"",schema:"^x-",parentSchema:schema11.properties.competencies.propertyNames.anyOf[1],data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
}
if(!valid5){
const err15 = {instancePath:instancePath+"/competencies",schemaPath:"#/properties/competencies/propertyNames/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.competencies.propertyNames.anyOf,parentSchema:schema11.properties.competencies.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs18 === errors;
if(!valid4){
const err16 = {instancePath:instancePath+"/competencies",schemaPath:"#/properties/competencies/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.competencies.propertyNames,parentSchema:schema11.properties.competencies,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data7){
if(!((((((key2 === "customers-as-assets") || (key2 === "align-around-experience")) || (key2 === "listening-path")) || (key2 === "reliability-innovation")) || (key2 === "one-company-leadership")) || (pattern0.test(key2)))){
if(!(validate17(data7[key2], {instancePath:instancePath+"/competencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
if(data7["customers-as-assets"] !== undefined){
if(!(validate17(data7["customers-as-assets"], {instancePath:instancePath+"/competencies/customers-as-assets",parentData:data7,parentDataProperty:"customers-as-assets",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data7["align-around-experience"] !== undefined){
if(!(validate17(data7["align-around-experience"], {instancePath:instancePath+"/competencies/align-around-experience",parentData:data7,parentDataProperty:"align-around-experience",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data7["listening-path"] !== undefined){
if(!(validate17(data7["listening-path"], {instancePath:instancePath+"/competencies/listening-path",parentData:data7,parentDataProperty:"listening-path",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data7["reliability-innovation"] !== undefined){
if(!(validate17(data7["reliability-innovation"], {instancePath:instancePath+"/competencies/reliability-innovation",parentData:data7,parentDataProperty:"reliability-innovation",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data7["one-company-leadership"] !== undefined){
if(!(validate17(data7["one-company-leadership"], {instancePath:instancePath+"/competencies/one-company-leadership",parentData:data7,parentDataProperty:"one-company-leadership",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/competencies",schemaPath:"#/properties/competencies/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.competencies.type,parentSchema:schema11.properties.competencies,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.initiatives !== undefined){
let data14 = data.initiatives;
if(!(Array.isArray(data14))){
const err18 = {instancePath:instancePath+"/initiatives",schemaPath:"#/properties/initiatives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.initiatives.type,parentSchema:schema11.properties.initiatives,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateInitiative = validate46;
const schema45 = {"description":"One piece of customer-experience work: what it delivers, which competency it builds, who owns it, when it runs and how its success will be judged. Required: id, title, competency, start, end.","markdownDescription":"One piece of customer-experience work: what it delivers, which competency it builds, who owns it, when it runs and how its success will be judged. Required: `id`, `title`, `competency`, `start`, `end`.\n\nExample:\n\n```yaml\nid: asset-metrics\ntitle: Monthly customer gain and loss report\ncompetency: customers-as-assets\nowner: Priya Nair\nstart: 2027-01-04\nend: 2027-Q1\n```","type":"object","required":["id","title","competency","start","end"],"properties":{"id":{"description":"Short unique name of the initiative, used by depends_on and in reviews: lowercase letters, digits and hyphens, starting with a letter or a digit. Example: id: asset-metrics","markdownDescription":"Short unique name of the initiative, used by `depends_on` and in reviews: lowercase letters, digits and hyphens, starting with a letter or a digit.\n\nExample:\n\n```yaml\nid: asset-metrics\n```","$ref":"#/definitions/initiativeId","examples":["asset-metrics","journey-stages","customer-room"]},"title":{"description":"What the initiative delivers, in words a leader grasps at a glance. Example: title: Monthly customer gain and loss report","markdownDescription":"What the initiative delivers, in words a leader grasps at a glance.\n\nExample:\n\n```yaml\ntitle: Monthly customer gain and loss report\n```","$ref":"#/definitions/name","examples":["Monthly customer gain and loss report"]},"competency":{"description":"The customer leadership competency this initiative builds: one of the five from \"Chief Customer Officer 2.0\" (Jeanne Bliss, 2015). Rule competency-uncovered warns when one of the five has no initiative. Example: competency: customers-as-assets","markdownDescription":"The customer leadership competency this initiative builds: one of the five from *Chief Customer Officer 2.0* (Jeanne Bliss, 2015). Rule `competency-uncovered` warns when one of the five has no initiative.\n\nExample:\n\n```yaml\ncompetency: customers-as-assets\n```","$ref":"#/definitions/competencyId","examples":["customers-as-assets","align-around-experience","listening-path","reliability-innovation","one-company-leadership"]},"owner":{"description":"The one person accountable for the initiative: a name, not a team. \"Take personal accountability\" and \"take personal ownership\" (Jeanne Bliss): work that belongs to everyone belongs to no one. An owner who knows their own strengths leads better (\"adjust your innards\"). Rule missing-owner reports an initiative without owner; owner-overload notes an owner carrying too many initiatives at once. Example: owner: Priya Nair","markdownDescription":"The **one person** accountable for the initiative: a name, not a team. *Take personal accountability* and *take personal ownership* (Jeanne Bliss): work that belongs to everyone belongs to no one. An owner who knows their own strengths leads better (*adjust your innards*). Rule `missing-owner` reports an initiative without owner; `owner-overload` notes an owner carrying too many initiatives at once.\n\nExample:\n\n```yaml\nowner: Priya Nair\n```","$ref":"#/definitions/name","examples":["Priya Nair"]},"team":{"description":"The team that delivers the work with the owner. Optional; the owner stays the one accountable person. Sharing the load is how colleagues help each other \"push the rock up the hill\" (Jeanne Bliss). Example: team: Customer Insights","markdownDescription":"The team that delivers the work with the owner. Optional; the owner stays the one accountable person. Sharing the load is how colleagues help each other *push the rock up the hill* (Jeanne Bliss).\n\nExample:\n\n```yaml\nteam: Customer Insights\n```","$ref":"#/definitions/name","examples":["Customer Insights"]},"start":{"description":"First day of the initiative: a day, or a period standing for its first day, i.e. a year (2027), a half (2027-H1), a quarter (2027-Q1) or a month (2027-01). Example: start: 2027-01-04","markdownDescription":"First day of the initiative: a day, or a period standing for its first day, i.e. a year (`2027`), a half (`2027-H1`), a quarter (`2027-Q1`) or a month (`2027-01`).\n\nExample:\n\n```yaml\nstart: 2027-01-04\n```","$ref":"#/definitions/datePeriod","examples":["2027-01-04","2027-Q1","2027-H1","2027-01",2027]},"end":{"description":"Last day of the initiative, inclusive: a day, or a period standing for its last day (2027, 2027-H2, 2027-Q1, 2027-03). Rule end-before-start reports an end before the start. Example: end: 2027-Q1","markdownDescription":"Last day of the initiative, inclusive: a day, or a period standing for its last day (`2027`, `2027-H2`, `2027-Q1`, `2027-03`). Rule `end-before-start` reports an end before the start.\n\nExample:\n\n```yaml\nend: 2027-Q1\n```","$ref":"#/definitions/datePeriod","examples":["2027-03-31","2027-Q1","2027-H2","2027-03",2027]},"status":{"description":"Where the initiative stands: planned, active, at-risk, blocked, done or cancelled. Optional; no status reads as planned work. Example: status: active","markdownDescription":"Where the initiative stands: `planned`, `active`, `at-risk`, `blocked`, `done` or `cancelled`. Optional; no status reads as planned work.\n\nExample:\n\n```yaml\nstatus: active\n```","$ref":"#/definitions/status","examples":["planned","active","at-risk","blocked","done","cancelled"]},"note":{"description":"Free text about the state of the initiative, for example why it is at risk or blocked. \"Share with others, broadcast your journey\" (Jeanne Bliss): write down what worked, what did not and how you changed course. Example: note: Waiting for the data warehouse","markdownDescription":"Free text about the state of the initiative, for example why it is at risk or blocked. *Share with others, broadcast your journey* (Jeanne Bliss): write down what worked, what did not and how you changed course.\n\nExample:\n\n```yaml\nnote: Waiting for the data warehouse\n```","$ref":"#/definitions/text","examples":["Waiting for the data warehouse"]},"early_win":{"description":"true marks an early win: a tangible result the organisation can see soon after the roadmap starts. \"Relentless focus on results\" (Jo Boswell): early wins keep the investment of time and money alive. Rule no-early-win warns when no early win ends within the first 90 days of the horizon. Example: early_win: true","markdownDescription":"`true` marks an **early win**: a tangible result the organisation can see soon after the roadmap starts. *Relentless focus on results* (Jo Boswell): early wins keep the investment of time and money alive. Rule `no-early-win` warns when no early win ends within the first 90 days of the horizon.\n\nExample:\n\n```yaml\nearly_win: true\n```","type":"boolean","examples":[true]},"outcome":{"description":"What will be different for customers or the business when the initiative succeeds, in one sentence. \"Take personal ownership\" (Jeanne Bliss): say openly what will be gained, and what is lost if it fails. Rule early-win-without-outcome asks every early win for one. Example: outcome: Leaders review customer gain and loss every month","markdownDescription":"What will be different for customers or the business when the initiative succeeds, in one sentence. *Take personal ownership* (Jeanne Bliss): say openly what will be gained, and what is lost if it fails. Rule `early-win-without-outcome` asks every early win for one.\n\nExample:\n\n```yaml\noutcome: Leaders review customer gain and loss every month\n```","$ref":"#/definitions/text","examples":["Leaders review customer gain and loss every month"]},"measures":{"description":"How success will be judged: metrics with a baseline, a target and a date. \"Build a clear roadmap\" (Jeanne Bliss): clear expectations of success. Prefer what customers do over survey scores (\"don't chase survey scores\"; rule survey-score-only). Rule missing-measures notes an initiative without measures.","markdownDescription":"How success will be judged: metrics with a baseline, a target and a date. *Build a clear roadmap* (Jeanne Bliss): clear expectations of success. Prefer what customers do over survey scores (*don't chase survey scores*; rule `survey-score-only`). Rule `missing-measures` notes an initiative without measures.\n\nExample:\n\n```yaml\nmeasures:\n  - metric: customers lost per month\n    kind: behaviour\n    baseline: 1200\n    target: -10%\n    by: 2027-12-31\n```","type":"array","items":{"$ref":"#/definitions/measure"}},"stage":{"description":"The customer journey stage this initiative improves: one of journey.stages. Competency two, \"Align Around Experience\", uses the agreed stages to share accountability across silos; rule unknown-stage reports a stage that is not listed. Example: stage: renew","markdownDescription":"The customer journey stage this initiative improves: one of `journey.stages`. Competency two, *Align Around Experience*, uses the agreed stages to share accountability across silos; rule `unknown-stage` reports a stage that is not listed.\n\nExample:\n\n```yaml\nstage: renew\n```","$ref":"#/definitions/name","examples":["discover","join","use","get-help","renew"]},"depends_on":{"description":"Ids of the initiatives in this file that must end before this one starts, each once. Rules unknown-dependency, dependency-cycle and dependency-order check them. Example: depends_on: [asset-metrics]","markdownDescription":"Ids of the initiatives in this file that must end before this one starts, each once. Rules `unknown-dependency`, `dependency-cycle` and `dependency-order` check them.\n\nExample:\n\n```yaml\ndepends_on: [asset-metrics]\n```","type":"array","uniqueItems":true,"items":{"description":"The id of an initiative this one waits for. Example: asset-metrics","markdownDescription":"The id of an initiative this one waits for.\n\nExample:\n\n```yaml\nasset-metrics\n```","$ref":"#/definitions/initiativeId"},"examples":[["asset-metrics"],[]]},"links":{"description":"Web pages that belong with the initiative: dashboards, briefs, decision records. https addresses only.","markdownDescription":"Web pages that belong with the initiative: dashboards, briefs, decision records. `https` addresses only.\n\nExample:\n\n```yaml\nlinks:\n  - title: Churn dashboard\n    url: https://example.com/churn\n```","type":"array","items":{"$ref":"#/definitions/link"}},"milestones":{"description":"Dated checkpoints within the initiative, drawn on the Gantt chart. The book stages each competency with milestones rather than a fixed order of steps.","markdownDescription":"Dated checkpoints within the initiative, drawn on the Gantt chart. The book stages each competency with milestones rather than a fixed order of steps.\n\nExample:\n\n```yaml\nmilestones:\n  - name: First report\n    date: 2027-02-01\n```","type":"array","items":{"$ref":"#/definitions/milestone"}}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"defaultSnippets":[{"label":"New initiative","description":"A new initiative with its required keys: id, title, competency, start and end.","body":{"id":"${1:initiative-id}","title":"${2:What changes for customers}","competency":"${3|customers-as-assets,align-around-experience,listening-path,reliability-innovation,one-company-leadership|}","start":"${4:2027-01-01}","end":"${5:2027-Q2}"}}]};
const schema46 = {"description":"Identifier of an initiative: lowercase letters, digits and hyphens, starting with a letter or a digit, at most 256 characters. Example: id: asset-metrics","markdownDescription":"Identifier of an initiative: lowercase letters, digits and hyphens, starting with a letter or a digit, at most 256 characters.\n\nExample:\n\n```yaml\nid: asset-metrics\n```","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":256};
const schema53 = {"description":"Where an initiative stands. An initiative is \"active\" on a day that lies within its dates while its status is neither done nor cancelled; rules owner-overload and too-many-priorities count active initiatives. Example: status: at-risk","markdownDescription":"Where an initiative stands. An initiative is *active* on a day that lies within its dates while its status is neither `done` nor `cancelled`; rules `owner-overload` and `too-many-priorities` count active initiatives.\n\nExample:\n\n```yaml\nstatus: at-risk\n```","type":"string","enum":["planned","active","at-risk","blocked","done","cancelled","canceled"],"enumDescriptions":["Agreed, not started yet. While an initiative is planned (or has no status), a missing owner is a warning rather than an error.","Under way.","Under way, but the result or the dates are in danger. \"Overcoming resistance\" (Jo Boswell): find out where the resistance comes from before deciding how to meet it, and say why in note.","Cannot move until something outside the initiative changes. Say in note what it waits for and who can clear it, and take it to the accountability review.","Finished; no longer active. Tell others what it achieved (\"broadcast your journey\", Jeanne Bliss).","Stopped on purpose; no longer active. Keep it in the file with a note on why, so others learn from what did not work.","The US spelling of cancelled, read as cancelled."],"markdownEnumDescriptions":["Agreed, not started yet. While an initiative is planned (or has no status), a missing owner is a warning rather than an error.","Under way.","Under way, but the result or the dates are in danger. *Overcoming resistance* (Jo Boswell): find out where the resistance comes from before deciding how to meet it, and say why in `note`.","Cannot move until something outside the initiative changes. Say in `note` what it waits for and who can clear it, and take it to the accountability review.","Finished; no longer active. Tell others what it achieved (*broadcast your journey*, Jeanne Bliss).","Stopped on purpose; no longer active. Keep it in the file with a `note` on why, so others learn from what did not work.","The US spelling of `cancelled`, read as `cancelled`."]};
const pattern19 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const schema56 = {"description":"One way to judge an initiative's success: the metric, the kind of evidence it gives, where it starts, where it should get to and by when. Required: metric.","markdownDescription":"One way to judge an initiative's success: the metric, the kind of evidence it gives, where it starts, where it should get to and by when. Required: `metric`.\n\nExample:\n\n```yaml\nmetric: customers lost per month\nkind: behaviour\nbaseline: 1200\ntarget: -10%\nby: 2027-12-31\n```","type":"object","required":["metric"],"properties":{"metric":{"description":"What is measured, in plain words. A metric naming NPS, CSAT, CES, net promoter, customer satisfaction or customer effort counts as a survey score for rule survey-score-only. Example: metric: customers lost per month","markdownDescription":"What is measured, in plain words. A metric naming NPS, CSAT, CES, net promoter, customer satisfaction or customer effort counts as a survey score for rule `survey-score-only`.\n\nExample:\n\n```yaml\nmetric: customers lost per month\n```","$ref":"#/definitions/name","examples":["customers lost per month","first-contact resolution rate"]},"kind":{"description":"The kind of evidence the metric gives: behaviour, operational, financial or survey. Example: kind: behaviour","markdownDescription":"The kind of evidence the metric gives: `behaviour`, `operational`, `financial` or `survey`.\n\nExample:\n\n```yaml\nkind: behaviour\n```","$ref":"#/definitions/measureKind","examples":["behaviour","operational","financial","survey"]},"baseline":{"description":"Where the metric stands before the work, as a number or text. Example: baseline: 1200","markdownDescription":"Where the metric stands before the work, as a number or text.\n\nExample:\n\n```yaml\nbaseline: 1200\n```","$ref":"#/definitions/textOrNumber","examples":[1200,"62%"]},"target":{"description":"Where the metric should get to, as a number or text. Example: target: -10%","markdownDescription":"Where the metric should get to, as a number or text.\n\nExample:\n\n```yaml\ntarget: -10%\n```","$ref":"#/definitions/textOrNumber","examples":["-10%",1000]},"by":{"description":"The day by which the target should be reached, written YYYY-MM-DD. Example: by: 2027-12-31","markdownDescription":"The day by which the target should be reached, written `YYYY-MM-DD`.\n\nExample:\n\n```yaml\nby: 2027-12-31\n```","$ref":"#/definitions/dayDate","examples":["2027-12-31"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"defaultSnippets":[{"label":"New measure","description":"A new measure with its required key: metric.","body":{"metric":"${1:customers lost per month}"}}]};
const schema58 = {"description":"The kind of evidence a measure gives. \"Don't chase survey scores\" (Jeanne Bliss): judge progress by what customers do and by better customer lives; a survey score is at most one signal among others. Example: kind: behaviour","markdownDescription":"The kind of evidence a measure gives. *Don't chase survey scores* (Jeanne Bliss): judge progress by what customers do and by better customer lives; a survey score is at most one signal among others.\n\nExample:\n\n```yaml\nkind: behaviour\n```","type":"string","enum":["behaviour","operational","financial","survey","behavior"],"enumDescriptions":["What customers actually did: joined, bought more, renewed, lapsed, left. The headline evidence of competency one, \"Honor and Manage Customers as Assets\".","How reliably the company delivers at a touchpoint, for example first-contact resolution or orders delivered on time. Typical of competency four, \"Proactive Experience Reliability and Innovation\".","Money: revenue kept or won, the value of customers gained and lost, the cost to serve.","A score from a survey customers were asked to fill in, such as NPS, CSAT or CES. One signal among others: rule survey-score-only notes an initiative judged by survey scores alone.","The US spelling of behaviour, read as behaviour."],"markdownEnumDescriptions":["What customers actually did: joined, bought more, renewed, lapsed, left. The headline evidence of competency one, *Honor and Manage Customers as Assets*.","How reliably the company delivers at a touchpoint, for example first-contact resolution or orders delivered on time. Typical of competency four, *Proactive Experience Reliability and Innovation*.","Money: revenue kept or won, the value of customers gained and lost, the cost to serve.","A score from a survey customers were asked to fill in, such as NPS, CSAT or CES. One signal among others: rule `survey-score-only` notes an initiative judged by survey scores alone.","The US spelling of `behaviour`, read as `behaviour`."]};
const schema59 = {"description":"A number or text, for example 1200, 4.5 or -10%.","markdownDescription":"A number or text, for example `1200`, `4.5` or `-10%`.","anyOf":[{"type":"string"},{"type":"number"}]};
const schema61 = {"description":"A calendar day written YYYY-MM-DD. Whether the day exists (no 30 February) is checked by cxroadmap itself. Example: date: 2027-02-01","markdownDescription":"A calendar day written `YYYY-MM-DD`. Whether the day exists (no 30 February) is checked by cxroadmap itself.\n\nExample:\n\n```yaml\ndate: 2027-02-01\n```","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"};
const pattern23 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "metric") || (key0 === "kind")) || (key0 === "baseline")) || (key0 === "target")) || (key0 === "by")) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metric !== undefined){
let data0 = data.metric;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err2 = {instancePath:instancePath+"/metric",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/metric",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/measureKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((data1 === "behaviour") || (data1 === "operational")) || (data1 === "financial")) || (data1 === "survey")) || (data1 === "behavior"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/measureKind/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values",schema:schema58.enum,parentSchema:schema58,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.baseline !== undefined){
let data2 = data.baseline;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/baseline",schemaPath:"#/definitions/textOrNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.anyOf[0].type,parentSchema:schema59.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs13 = errors;
if(!(typeof data2 == "number")){
const err7 = {instancePath:instancePath+"/baseline",schemaPath:"#/definitions/textOrNumber/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema59.anyOf[1].type,parentSchema:schema59.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err8 = {instancePath:instancePath+"/baseline",schemaPath:"#/definitions/textOrNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema59.anyOf,parentSchema:schema59,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.target !== undefined){
let data3 = data.target;
const _errs17 = errors;
let valid6 = false;
const _errs18 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/textOrNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.anyOf[0].type,parentSchema:schema59.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs20 = errors;
if(!(typeof data3 == "number")){
const err10 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/textOrNumber/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema59.anyOf[1].type,parentSchema:schema59.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err11 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/textOrNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema59.anyOf,parentSchema:schema59,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.by !== undefined){
let data4 = data.by;
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
const err12 = {instancePath:instancePath+"/by",schemaPath:"#/definitions/dayDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/by",schemaPath:"#/definitions/dayDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema64 = {"description":"A web page that belongs with an initiative. Required: title, url.","markdownDescription":"A web page that belongs with an initiative. Required: `title`, `url`.\n\nExample:\n\n```yaml\ntitle: Churn dashboard\nurl: https://example.com/churn\n```","type":"object","required":["title","url"],"properties":{"title":{"description":"How the link reads. Example: title: Churn dashboard","markdownDescription":"How the link reads.\n\nExample:\n\n```yaml\ntitle: Churn dashboard\n```","$ref":"#/definitions/name","examples":["Churn dashboard"]},"url":{"description":"The page's address: https only, without spaces, at most 2,048 characters. Example: url: https://example.com/churn","markdownDescription":"The page's address: `https` only, without spaces, at most 2,048 characters.\n\nExample:\n\n```yaml\nurl: https://example.com/churn\n```","type":"string","pattern":"^https://[^\\s]+$","examples":["https://example.com/churn"],"maxLength":2048}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false};
const pattern26 = new RegExp("^https://[^\\s]+$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "title") || (key0 === "url")) || (pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(func3(data1) > 2048){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema64.properties.url,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern26.test(data1)){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s]+$"},message:"must match pattern \""+"^https://[^\\s]+$"+"\"",schema:"^https://[^\\s]+$",parentSchema:schema64.properties.url,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.url.type,parentSchema:schema64.properties.url,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const schema66 = {"description":"A dated checkpoint within an initiative. Required: name, date.","markdownDescription":"A dated checkpoint within an initiative. Required: `name`, `date`.\n\nExample:\n\n```yaml\nname: First report\ndate: 2027-02-01\n```","type":"object","required":["name","date"],"properties":{"name":{"description":"What is reached on that day. Example: name: First report","markdownDescription":"What is reached on that day.\n\nExample:\n\n```yaml\nname: First report\n```","$ref":"#/definitions/name","examples":["First report"]},"date":{"description":"The day of the milestone, written YYYY-MM-DD. Rule milestone-outside-initiative warns when it falls outside the initiative's dates, outside-horizon when it falls outside the horizon. Example: date: 2027-02-01","markdownDescription":"The day of the milestone, written `YYYY-MM-DD`. Rule `milestone-outside-initiative` warns when it falls outside the initiative's dates, `outside-horizon` when it falls outside the horizon.\n\nExample:\n\n```yaml\ndate: 2027-02-01\n```","$ref":"#/definitions/dayDate","examples":["2027-02-01"]}},"patternProperties":{"^x-":{"description":"A key of your own. Keys starting with x- are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them. Example: x-budget-code: CX-2027-04","markdownDescription":"A key of your own. Keys starting with `x-` are free for your team's data at any level of the roadmap; cxroadmap's checks ignore them.\n\nExample:\n\n```yaml\nx-budget-code: CX-2027-04\n```"}},"additionalProperties":false,"defaultSnippets":[{"label":"New milestone","description":"A new milestone with its required keys: name and date.","body":{"name":"${1:First report}","date":"${2:2027-02-01}"}}]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "date")) || (pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if(typeof data1 === "string"){
if(!pattern23.test(data1)){
const err5 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/dayDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/dayDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.competency === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "competency"},message:"must have required property '"+"competency"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.start === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.end === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema45.properties, key0)) || (pattern0.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 256){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/initiativeId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern19.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/initiativeId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/initiativeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.competency !== undefined){
let data2 = data.competency;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/competency",schemaPath:"#/definitions/competencyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((((data2 === "customers-as-assets") || (data2 === "align-around-experience")) || (data2 === "listening-path")) || (data2 === "reliability-innovation")) || (data2 === "one-company-leadership"))){
const err12 = {instancePath:instancePath+"/competency",schemaPath:"#/definitions/competencyId/enum",keyword:"enum",params:{allowedValues: schema25.enum},message:"must be equal to one of the allowed values",schema:schema25.enum,parentSchema:schema25,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err13 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.team !== undefined){
let data4 = data.team;
if(typeof data4 === "string"){
if(func3(data4) > 200){
const err15 = {instancePath:instancePath+"/team",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/team",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.start !== undefined){
let data5 = data.start;
const _errs19 = errors;
let valid7 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(!pattern2.test(data5)){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"},message:"must match pattern \""+"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"+"\"",schema:"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$",parentSchema:schema16.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.anyOf[0].type,parentSchema:schema16.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const _errs22 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.anyOf[1].type,parentSchema:schema16.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 9999 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999",schema:9999,parentSchema:schema16.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5 < 1000 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema16.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid0 = _errs22 === errors;
valid7 = valid7 || _valid0;
}
if(!valid7){
const err22 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/datePeriod/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema16.anyOf,parentSchema:schema16,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.end !== undefined){
let data6 = data.end;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"},message:"must match pattern \""+"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$"+"\"",schema:"^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$",parentSchema:schema16.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.anyOf[0].type,parentSchema:schema16.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs29 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.anyOf[1].type,parentSchema:schema16.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 9999 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999",schema:9999,parentSchema:schema16.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6 < 1000 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema16.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid1 = _errs29 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err28 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/datePeriod/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema16.anyOf,parentSchema:schema16,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.status !== undefined){
let data7 = data.status;
if(typeof data7 !== "string"){
const err29 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(((((((data7 === "planned") || (data7 === "active")) || (data7 === "at-risk")) || (data7 === "blocked")) || (data7 === "done")) || (data7 === "cancelled")) || (data7 === "canceled"))){
const err30 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema53.enum},message:"must be equal to one of the allowed values",schema:schema53.enum,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.note !== undefined){
let data8 = data.note;
if(typeof data8 !== "string"){
const err31 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.early_win !== undefined){
let data9 = data.early_win;
if(typeof data9 !== "boolean"){
const err32 = {instancePath:instancePath+"/early_win",schemaPath:"#/properties/early_win/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.early_win.type,parentSchema:schema45.properties.early_win,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.outcome !== undefined){
let data10 = data.outcome;
if(typeof data10 !== "string"){
const err33 = {instancePath:instancePath+"/outcome",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.measures !== undefined){
let data11 = data.measures;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data11[i0], {instancePath:instancePath+"/measures/" + i0,parentData:data11,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/measures",schemaPath:"#/properties/measures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.measures.type,parentSchema:schema45.properties.measures,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.stage !== undefined){
let data13 = data.stage;
if(typeof data13 === "string"){
if(func3(data13) > 200){
const err35 = {instancePath:instancePath+"/stage",schemaPath:"#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema12,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/stage",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data14 = data.depends_on;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 === "string"){
if(func3(data15) > 256){
const err37 = {instancePath:instancePath+"/depends_on/" + i1,schemaPath:"#/definitions/initiativeId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema46,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern19.test(data15)){
const err38 = {instancePath:instancePath+"/depends_on/" + i1,schemaPath:"#/definitions/initiativeId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema46,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/depends_on/" + i1,schemaPath:"#/definitions/initiativeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i2 = data14.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data14[i2], data14[j0])){
const err40 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema45.properties.depends_on,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err41 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.depends_on.type,parentSchema:schema45.properties.depends_on,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.links !== undefined){
let data16 = data.links;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i3=0; i3<len2; i3++){
if(!(validate41(data16[i3], {instancePath:instancePath+"/links/" + i3,parentData:data16,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.links.type,parentSchema:schema45.properties.links,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.milestones !== undefined){
let data18 = data.milestones;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i4=0; i4<len3; i4++){
if(!(validate43(data18[i4], {instancePath:instancePath+"/milestones/" + i4,parentData:data18,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/milestones",schemaPath:"#/properties/milestones/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.milestones.type,parentSchema:schema45.properties.milestones,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

