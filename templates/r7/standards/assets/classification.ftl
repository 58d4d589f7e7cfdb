<#import "levels.ftl" as lv>
<#assign sM = roles.securityManager.title>
${body.self}が保有する情報資産は、<#if lv.ig?has_content || lv.av?has_content>機密性、完全性及び可用性のそれぞれの観点から、</#if>次の区分により分類する。

${classification.name}の区分は、次の表のとおりとする。

| 区分 | 分類の基準 |
|---|---|
<#list lv.c as l>
| ${classification.name}${l.label} | ${l.description} |
</#list>
<#if lv.ig?has_content>

完全性の区分は、次の表のとおりとする。

| 区分 | 分類の基準 |
|---|---|
<#list lv.ig as l>
| 完全性${l.label} | ${l.description} |
</#list>
</#if>
<#if lv.av?has_content>

可用性の区分は、次の表のとおりとする。

| 区分 | 分類の基準 |
|---|---|
<#list lv.av as l>
| 可用性${l.label} | ${l.description} |
</#list>
</#if>

分類は、次に定めるところにより行う。

1. 情報資産の分類は、その情報資産を作成し、又は入手した${staff.term}が案を定め、当該情報資産を管理する課室等の${sM}が決定する。分類の判断が困難な場合は、${sM}は${roles.chiefOfficer.title}に相談しなければならない。
<#if !(lv.ig?has_content || lv.av?has_content)>
1. ${classification.name}の区分は、漏えいした場合の影響に加え、改ざん又は滅失した場合の影響及び必要なときに利用できない場合の影響を併せて考慮して定めなければならない。
</#if>
1. 一の情報資産が複数の区分に該当する場合は、そのうち最も重要性の高い区分に分類しなければならない。
1. 複数の情報資産を集積し、又は結合した情報資産については、集積等により漏えい等の影響が大きくなることを考慮し、個々の情報資産の区分よりも高い区分とすることを検討しなければならない。
1. ${sM}は、情報資産の内容の変更、公表、保存期間の経過等により分類が実態に合わなくなったときは、速やかに分類を見直さなければならない。
1. ${sM}は、必要に応じ、分類に加えて、複製禁止、持出禁止、配布先限定、暗号化必須、閲覧者限定等の取扱制限を定めることができる。${staff.term}は、定められた取扱制限に従わなければならない。
