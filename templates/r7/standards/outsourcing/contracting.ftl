<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#-- conf2: the levels above the least sensitive one, e.g. 自治体機密性2以上 / 重要性分類Ⅰ又はⅡ -->
<#assign lv = classification.confidentiality>
<#assign i2 = (lv?size gt 1)?then(lv?size - 2, 0)>
<#if classification.scheme == "local">
<#assign labels = []>
<#list lv[0..i2] as l><#assign labels = labels + [l.label]></#list>
<#assign conf2 = classification.name + jj(labels, "又は")>
<#else>
<#assign conf2 = classification.name + lv[i2].label + "以上">
</#if>
情報システムの開発、運用若しくは保守又は情報資産を取り扱う業務を委託する場合は、次に定めるところによる。

# 委託事業者の選定基準 {#selection}

1. ${roles.securityManager.title}は、${staff.contractorTerm}を選定する場合は、情報セキュリティマネジメントシステムの認証等の取得の状況、社内規程及び従業者の教育の体制、同種の業務の実績並びに業務を行う場所を確認し、委託する業務及び取り扱わせる情報資産に応じた情報セキュリティ対策が確保されることを確かめなければならない。
1. ${conf2}の情報資産を取り扱わせる場合は、必要に応じ、${staff.contractorTerm}の資本関係及び役員並びに業務に従事する者の所属、専門性及び実績に関する情報の提供を求め、選定の判断に用いるものとする。

# 契約項目 {#contract}

${roles.securityManager.title}は、委託の内容に応じて次に掲げる事項を契約書又は仕様書に明記しなければならない。

1. 情報セキュリティポリシー及び${policy.proceduresTitle}のうち委託業務に関係する事項の遵守
1. 業務の責任者、業務に従事する者の範囲及び連絡の体制
1. 目的外の利用及び第三者への提供の禁止並びに契約の終了後も含めた秘密の保持
1. 情報の複製の制限、業務を行う場所及び情報の保管の方法
1. 再委託の制限及び再委託を認める場合の条件
1. 業務に従事する者に対する情報セキュリティに関する教育
1. 情報セキュリティインシデントが発生した場合の報告の義務及び対応
1. ${body.self}による報告の徴収、検査及び監査の受入れ
1. 業務の終了時における情報の返却、消去又は廃棄及びその証明
1. 契約に定める事項に違反した場合の契約の解除及び損害賠償

# 確認・措置等 {#oversight}

1. ${roles.securityManager.title}は、${staff.contractorTerm}における情報セキュリティ対策の実施状況を定期的な報告の徴収、実地の確認等により確かめ、不十分な点があれば契約に基づき改善を求めなければならない。重大な問題があるときは、${ro("securityManager", ["securityOfficer", "chiefOfficer"])}に報告しなければならない。
1. ${staff.contractorTerm}において情報セキュリティインシデントが発生した場合は、直ちに報告を受け、{{ref:standards.human.incident}}に定めるところに準じて対処しなければならない。
1. 業務の終了時には、提供した情報が返却され、又は確実に消去されたことを確認しなければならない。

# 再委託 {#subcontracting}

1. ${staff.contractorTerm}が業務の一部を再委託しようとする場合は、再委託先、再委託する業務の範囲及び再委託先の情報セキュリティ対策を書面で示させ、あらかじめ${roles.securityManager.title}の承認を得させなければならない。業務の全部又は主要な部分を一括して再委託させてはならない。
1. 再委託を承認した場合は、${staff.contractorTerm}に、再委託先に自らと同等の情報セキュリティ対策を講じさせ、その状況を管理させなければならない。再委託先が更に委託する場合も同様とする。
