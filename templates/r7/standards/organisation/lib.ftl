<#-- Library for the 組織体制 chapter: not a clause. Imported by the role templates. -->
<#-- A role with defined: false carries the title of the role that does its duties; its duties
     are printed in that role's section, after the role's own duties. -->
<#assign foldable = ["securityOfficer", "securityManager", "systemManager", "systemOperator"]>

<#-- Titles of the roles in keys, without duplicates and without the title of self. -->
<#function others self keys>
  <#local out = []>
  <#list keys as k>
    <#local t = roles[k].title>
    <#if t != roles[self].title && !out?seq_contains(t)>
      <#local out = out + [t]>
    </#if>
  </#list>
  <#return out>
</#function>

<#-- Roles left undefined whose duties fall to the role key. A folded securityOfficer adds
     nothing: the role that carries it already covers the whole body or its own section. -->
<#function folded key>
  <#local out = []>
  <#list foldable as k>
    <#if k != key && !roles[k].defined && roles[k].title == roles[key].title>
      <#local out = out + [k]>
    </#if>
  </#list>
  <#return out>
</#function>

<#-- The designation line of a role. -->
<#macro appoint key where="">
1. ${where}${roles[key].title}<#if roles[key].abbr?has_content>（${roles[key].abbr}）</#if>を置き、${roles[key].holder}をもって充てる。
</#macro>

<#-- The section of one role: designation, own duties, duties of roles folded into it. -->
<#macro section key where="">
<@appoint key where/>
<@duties key/>
<#list folded(key) as k>
<#switch k>
<#case "systemManager">
1. ${roles[key].title}は、個々の情報システムの管理に関する事務を併せて行う。
<@duties k/>
<#break>
<#case "systemOperator">
1. ${roles[key].title}は、情報システムの開発、設定の変更、運用、更新等の作業を自ら行い、又は${staff.term}のうちから指名する者に行わせる。作業を行ったときは、その日時、内容及び結果を記録しなければならない。
<#break>
</#switch>
</#list>
</#macro>

<#macro duties key>
<#local t = roles[key].title>
<#switch key>
<#case "ciso">
<#local sub = others("ciso", ["chiefOfficer"])>
1. ${t}は、${body.self}の全ての情報資産に係る情報セキュリティに関する事務を総括し、情報セキュリティ対策に関する最終的な決定権限を有するとともに、その結果について責任を負う。
1. ${t}は、情報セキュリティポリシーの策定及び改定を決定する。<#if committee.enabled>この場合において、${t}は、あらかじめ${committee.name}の審議を経なければならない。</#if>
1. ${t}は、情報セキュリティインシデントが発生し、又は発生するおそれがあるときは、被害の拡大の防止、原因の究明、復旧及び再発防止のために必要な措置を講じるよう、関係する者に命じなければならない。
<#if roles.ciso.holder != body.head>
1. ${t}は、${body.residents}の生活又は${body.isCouncil?then("議会の運営", body.isBoardOfEducation?then("教育行政の運営", "行政運営"))}に重大な影響を及ぼす情報セキュリティインシデントが発生したときは、その概要及び対応の状況を速やかに${body.head}に報告しなければならない。
</#if>
1. ${t}は、情報セキュリティ監査及び自己点検の実施を命じ、その結果に基づき、関係する者に改善のための措置を指示しなければならない。
<#if roles.advisor.defined>
1. ${t}は、専門的な判断を要する事項について、${roles.advisor.title}の助言を求めることができる。
</#if>
<#if sub?has_content>
1. ${t}は、その権限の一部を${sub?first}に委任することができる。この場合において、${t}は、委任する事項及び期間を書面で明らかにしなければならない。
</#if>
<#break>
<#case "deputyCiso">
1. ${t}は、${roles.ciso.title}を補佐し、${roles.ciso.title}から命じられた事項を処理する。
1. ${roles.ciso.title}に事故があるとき、又は${roles.ciso.title}が欠けたときは、${t}がその職務を代理する。
1. ${t}は、重大な情報セキュリティインシデントへの対応に当たり、${roles.ciso.title}の指示の下で関係する部局等の間の調整を行う。
<#break>
<#case "advisor">
1. ${t}は、${roles.ciso.title}の求めに応じ、情報セキュリティ対策の企画及び見直し、情報システムの調達及び外部サービスの利用に係るリスクの評価、情報セキュリティインシデントへの対応並びに研修の内容について、専門的な見地から助言を行う。
<#if committee.enabled>
1. ${t}は、${committee.name}に出席し、意見を述べることができる。
</#if>
1. ${t}に${body.self}の職員以外の者を充てる場合は、委嘱又は契約に当たり、職務上知り得た情報の秘密の保持、その利用の目的の限定及び任期終了後の取扱いを書面で定めなければならない。
<#break>
<#case "chiefOfficer">
<#local sub = others("chiefOfficer", ["securityOfficer", "securityManager", "systemManager", "systemOperator"])>
1. ${t}は、${roles.ciso.title}の直属とし、${roles.ciso.title}を補佐する。
1. ${t}は、${body.self}の全てのネットワークについて、その構築、設定の変更、運用及び見直しを行う権限及び責任を有する。
1. ${t}は、${body.self}の情報セキュリティ対策の実施状況を取りまとめ、定期的に${roles.ciso.title}に報告しなければならない。
<#if sub?has_content>
1. ${t}は、${jlist(sub)}に対し、情報セキュリティに関する指導及び助言を行う権限を有する。
</#if>
1. ${t}は、情報資産に対する侵害が発生し、又は発生するおそれがあるときは、${roles.ciso.title}の指示に従い、必要かつ十分な措置を講じなければならない。${roles.ciso.title}の指示を待ついとまがないときは、自らの判断でネットワークの遮断その他の必要最小限の措置を講じ、その後速やかに${roles.ciso.title}に報告しなければならない。
1. ${t}は、緊急時の連絡体制を整備し、連絡先を常に最新の状態に保たなければならない。
1. ${t}は、${staff.term}に対する情報セキュリティに関する研修及び訓練の計画を策定し、その実施を推進しなければならない。
<#break>
<#case "securityOfficer">
<#local up = others("securityOfficer", ["chiefOfficer", "ciso"])>
1. ${t}は、所管する部局等における情報セキュリティ対策に関する統括的な権限及び責任を有する。
1. ${t}は、所管する部局等が保有する情報システムについて、開発、設定の変更、運用、見直し等を行う統括的な権限及び責任を有する。
1. ${t}は、所管する部局等の${staff.term}に対し、情報セキュリティポリシーの遵守について指導し、必要な指示を行わなければならない。
<#if up?has_content>
1. ${t}は、所管する部局等において情報セキュリティインシデントが発生し、又はその報告を受けたときは、速やかに${jlist(up)}に報告し、その指示に従い必要な措置を講じなければならない。
</#if>
<#break>
<#case "securityManager">
<#local up = others("securityManager", ["securityOfficer", "chiefOfficer"])>
1. ${t}は、所管する課室等における情報セキュリティ対策に関する権限及び責任を有する。
1. ${t}は、所管する課室等の情報資産について、その分類及び取扱制限を定め、${staff.term}に遵守させなければならない。
1. ${t}は、所管する課室等の${staff.term}による情報セキュリティポリシーの遵守の状況を日常的に確認し、違反又はそのおそれを認めたときは、直ちに是正を指示しなければならない。
1. ${t}は、情報資産の持出し、外部への提供その他この基準により自らの許可を要するとされた事項について判断し、その記録を保存しなければならない。
<#if up?has_content>
1. ${t}は、所管する課室等において情報セキュリティインシデントが発生し、又は発生するおそれがあるときは、直ちに${jlist(up)}に報告し、その指示に従わなければならない。
</#if>
<#break>
<#case "systemManager">
<#local up = others("systemManager", ["chiefOfficer"])>
1. ${t}は、所管する情報システムについて、開発、設定の変更、運用、見直し等を行う権限及び責任を有する。
1. ${t}は、所管する情報システムの情報セキュリティ実施手順を作成し、維持し、及び管理するとともに、その内容を利用する${staff.term}に周知しなければならない。
1. ${t}は、所管する情報システムの利用者の登録、変更及び抹消並びにアクセス権限の付与を管理しなければならない。
1. ${t}は、所管する情報システムの稼働状況、アクセス記録及び障害の発生状況を把握しなければならない。<#if up?has_content>異常を認めたときは、速やかに${jlist(up)}に報告しなければならない。</#if>
<#if options.outsourcing>
1. ${t}は、所管する情報システムの開発、保守又は運用を委託する場合には、${staff.contractorTerm}の作業内容及び情報セキュリティ対策の実施状況を確認しなければならない。
</#if>
<#break>
<#case "systemOperator">
<#local up = others("systemOperator", ["systemManager", "securityManager"])>
<#local boss = up?has_content?then(up?first, "")>
1. ${t}は、<#if boss?has_content>${boss}の指示に従い、</#if>情報システムの開発、設定の変更、運用、更新等の作業を行う。
1. ${t}は、作業を行ったときは、その日時、内容及び結果を記録<#if boss?has_content>し、${boss}に報告</#if>しなければならない。
1. ${t}は、付与された権限の範囲を超えて作業を行ってはならない。管理者権限を用いる作業は、業務上必要な場合に限り、必要最小限の時間で行わなければならない。
1. ${t}は、情報システムの異常又は情報セキュリティインシデントを発見したときは、直ちに<#if boss?has_content>${boss}に報告し、その指示に従わなければならない<#else>必要な措置を講じ、その記録を残さなければならない</#if>。
<#break>
</#switch>
</#macro>
