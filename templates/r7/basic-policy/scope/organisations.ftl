<#-- basic.scope.organisations 行政機関の範囲 / 組織の範囲 (an organ: 議会, 教育委員会) -->
<#if body.isOrgan>
<#assign own = body.isCouncil?then("議会", "教育委員会")>
<#assign orgs = scope.organisations?filter(o -> o != own)>
この基本方針は、${own}<#if orgs?has_content>（${jlist(orgs)}を含む。）</#if>に適用する。
<#else>
この基本方針を適用する行政機関は、${jlist(scope.organisations)}とする。
</#if>
<#if scope.exclusions?has_content>

ただし、${jlist(scope.exclusions)}については、その性質に応じて別に定めるところにより情報セキュリティを確保するものとし、この基本方針の対象としない。
</#if>
